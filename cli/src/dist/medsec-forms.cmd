@echo off
rem medsec-forms launcher of the distribution (Windows): runs lib\medsec-forms-all.jar with Java 17 or later.
rem No Maven and no sources are needed.
rem
rem   medsec-forms.cmd forms          the forms
rem   medsec-forms.cmd serve          the local bridge: http://127.0.0.1:7070/
rem   medsec-forms.cmd --help         help (Japanese; --lang en or MEDSEC_FORMS_LANG=en for English)
rem
rem Java is looked for in this order: runtime\ next to this file (a self-contained image), JAVA_HOME, java.exe on
rem PATH, then the usual install folders (Eclipse Adoptium, Java, Microsoft, Amazon Corretto, Zulu, BellSoft, RedHat,
rem OpenJDK under Program Files; per-user Adoptium; .jdks). The first Java 17 or later is used; its version is read
rem from the release file of its folder, else from "java -version". MEDSEC_FORMS_JAVA_OPTS adds JVM options.
rem The Excel macro (excel\MedsecFormsBridge.bas) starts the server through this file, hidden:
rem   cmd.exe /c ""<folder>\medsec-forms.cmd" serve --exit-when-idle 30m"
rem Exit codes: those of the command (0 ok, 1 validation errors, 2 usage error, 3 internal error); 3 also when no
rem Java 17 or later is found.
rem This file is Shift_JIS (CP932) with CRLF line ends: cmd.exe reads it in the console's code page, which is 932
rem on Japanese Windows (docs/decisions.md D-59 (dist13)). It does not change the code page of the console.
setlocal EnableExtensions DisableDelayedExpansion
set "MSF_HOME=%~dp0"
set "MSF_JAR=%~dp0lib\medsec-forms-all.jar"
set "MSF_JAVA="
set "MSF_OLD="

call :accept "%MSF_HOME%runtime\bin\java.exe"
if not defined MSF_JAVA if defined JAVA_HOME call :accept "%JAVA_HOME%\bin\java.exe"
if not defined MSF_JAVA for %%i in (java.exe) do if not "%%~$PATH:i"=="" call :accept "%%~$PATH:i"
if not defined MSF_JAVA call :search "%ProgramFiles%\Eclipse Adoptium"
if not defined MSF_JAVA call :search "%ProgramFiles%\Java"
if not defined MSF_JAVA call :search "%ProgramFiles%\Microsoft"
if not defined MSF_JAVA call :search "%ProgramFiles%\Amazon Corretto"
if not defined MSF_JAVA call :search "%ProgramFiles%\Zulu"
if not defined MSF_JAVA call :search "%ProgramFiles%\BellSoft"
if not defined MSF_JAVA call :search "%ProgramFiles%\RedHat"
if not defined MSF_JAVA call :search "%ProgramFiles%\OpenJDK"
if not defined MSF_JAVA call :search "%LOCALAPPDATA%\Programs\Eclipse Adoptium"
if not defined MSF_JAVA call :search "%USERPROFILE%\.jdks"
if not defined MSF_JAVA goto nojava
if not exist "%MSF_JAR%" goto nojar

rem JVM options as the repository's launcher chose them by measurement (docs/performance.md): C1 only and the serial
rem collector for command-line runs; the JVM's defaults for `serve` (when it is the first argument).
set "MSF_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if defined MEDSEC_FORMS_JAVA_OPTS if not "%MEDSEC_FORMS_JAVA_OPTS:+Use=%"=="%MEDSEC_FORMS_JAVA_OPTS%" set "MSF_OPTS=-XX:TieredStopAtLevel=1"
if /i "%~1"=="serve" set "MSF_OPTS="

"%MSF_JAVA%" %MSF_OPTS% %MEDSEC_FORMS_JAVA_OPTS% -jar "%MSF_JAR%" %*
exit /b %ERRORLEVEL%

:nojava
echo medsec-forms: Java 17 以上が見つかりません。 1>&2
if defined MSF_OLD echo   見つかった Java は古すぎます: %MSF_OLD% 1>&2
echo   Java 17 以上（JDK または JRE）をインストールしてください。例: Eclipse Temurin https://adoptium.net/ja/ 1>&2
echo   インストールのときに「JAVA_HOME 変数の設定」を選ぶと確実です。 1>&2
echo   インストール済みなら、環境変数 JAVA_HOME にそのフォルダを設定してください。 1>&2
echo   （例: C:\Program Files\Eclipse Adoptium\jdk-17.0.15.6-hotspot） 1>&2
echo medsec-forms: Java 17 or later not found: install one (e.g. https://adoptium.net/) or set JAVA_HOME. 1>&2
exit /b 3

:nojar
echo medsec-forms: %MSF_JAR% がありません。配布 zip を展開し直してください。 1>&2
echo medsec-forms: the jar is missing: unzip the distribution again. 1>&2
exit /b 3

rem :search <folder>  -  tries <folder>\*\bin\java.exe
:search
if not exist "%~1\" exit /b 0
for /d %%d in ("%~1\*") do if not defined MSF_JAVA call :accept "%%~d\bin\java.exe"
exit /b 0

rem :accept <java.exe>  -  sets MSF_JAVA when it is Java 17 or later (else MSF_OLD, to say so)
:accept
if defined MSF_JAVA exit /b 0
if not exist "%~1" exit /b 0
set "MSF_V="
if exist "%~dp1..\release" for /f "usebackq tokens=1,* delims==" %%a in ("%~dp1..\release") do if "%%a"=="JAVA_VERSION" set "MSF_V=%%~b"
if defined MSF_V goto acceptversion
rem no release file (e.g. Oracle's javapath): ask the java itself, run from its own folder (no quoting problems)
pushd "%~dp1"
for /f "tokens=1-3" %%a in ('%~nx1 -version 2^>^&1') do if /i "%%b"=="version" if not defined MSF_V set "MSF_V=%%~c"
popd
:acceptversion
if not defined MSF_V exit /b 0
set "MSF_MAJOR=0"
for /f "tokens=1,2 delims=.-+_" %%a in ("%MSF_V%") do if "%%a"=="1" (set "MSF_MAJOR=%%b") else (set "MSF_MAJOR=%%a")
set /a "MSF_N=MSF_MAJOR+0" >nul 2>nul || set "MSF_N=0"
if %MSF_N% GEQ 17 (set "MSF_JAVA=%~1") else (set "MSF_OLD=%~1 (%MSF_V%)")
exit /b 0
