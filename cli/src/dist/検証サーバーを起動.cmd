@echo off
chcp 932 >nul 2>&1
rem The line above sets the code page this file is written in (Shift_JIS, CP932; CRLF line ends): the Japanese
rem lines below then show right even when the console's code page was another one, e.g. 65001 with Windows'
rem "Beta: Unicode UTF-8" setting. This window is its own, so the change ends with it (docs/decisions.md D-59 (dist13)).
rem Double-click this file to start the validation server; close the window (or press Ctrl+C) to stop it.
setlocal
title medsec-forms 検証サーバー
echo medsec-forms の検証サーバー（ローカルブリッジ）を起動します。
echo Excel の検証マクロやブラウザーの検証ページから使えます。
echo このウィンドウを閉じるとサーバーは停止します。
echo.
call "%~dp0medsec-forms.cmd" serve
set "MSF_RC=%ERRORLEVEL%"
echo.
echo medsec-forms の検証サーバーを終了しました（終了コード %MSF_RC%）。
echo 上のメッセージを確認してください。何かキーを押すとウィンドウを閉じます。
pause >nul
