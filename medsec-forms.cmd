@echo off
rem medsec-forms launcher for Windows (best effort; the bash launcher ./medsec-forms is the tested one).
rem
rem Builds cli\target\medsec-forms-all.jar with the Maven wrapper when it is missing, then runs it (with a
rem class-data-sharing archive next to the jar, cli\target\medsec-forms-all.jsa, as the bash launcher).
rem Unlike the bash launcher it does not notice changed sources: after updating the sources (git pull),
rem set MEDSEC_FORMS_REBUILD=1 once, or delete cli\target.
rem Needs Java 17+ (JAVA_HOME or java on PATH). Japanese output uses the console's code page.
setlocal
set "ROOT=%~dp0"
set "JAR=%ROOT%cli\target\medsec-forms-all.jar"

if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA=java"
)

set "BUILD="
if not exist "%JAR%" set "BUILD=1"
if "%MEDSEC_FORMS_REBUILD%"=="1" set "BUILD=1"
if defined BUILD (
  echo medsec-forms: building the runnable jar... 1>&2
  pushd "%ROOT%"
  call "%ROOT%mvnw.cmd" -q -B -DskipTests -pl cli -am package 1>&2
  if errorlevel 1 (
    popd
    echo medsec-forms: the build failed: mvnw.cmd -B -DskipTests -pl cli -am package 1>&2
    exit /b 3
  )
  popd
)

rem JVM options as in the bash launcher (see there for the measurements): C1 only and the serial collector for
rem command-line runs, the JVM's defaults for `serve` (when it is the first argument); MEDSEC_FORMS_JAVA_OPTS last.
set "OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
rem a -XX:+Use... option in MEDSEC_FORMS_JAVA_OPTS (e.g. another collector: the JVM refuses two) drops the serial one
if defined MEDSEC_FORMS_JAVA_OPTS if not "%MEDSEC_FORMS_JAVA_OPTS:+Use=%"=="%MEDSEC_FORMS_JAVA_OPTS%" set "OPTS=-XX:TieredStopAtLevel=1"
if /i "%~1"=="serve" set "OPTS="

rem Class-data sharing (see the bash launcher): cli\target\medsec-forms-all.jsa, made once by a training run that
rem validates the LibreOffice fixtures of forms-xlsx, and again after the launcher rebuilt the jar. A missing or stale
rem archive is ignored by the JVM; MEDSEC_FORMS_CDS=0 switches it off.
set "JSA=%ROOT%cli\target\medsec-forms-all.jsa"
set "CDSQUIET=-Xlog:cds=off -Xlog:cds+dynamic=off"
if "%MEDSEC_FORMS_CDS%"=="0" goto run
if defined BUILD del /f "%JSA%" "%JSA%.failed" 2>nul
if exist "%JSA%" goto usecds
if exist "%JSA%.failed" goto run
set "TRAIN=forms"
if exist "%ROOT%forms-xlsx\src\test\resources\fixtures\libreoffice" set "TRAIN=validate "%ROOT%forms-xlsx\src\test\resources\fixtures\libreoffice""
"%JAVA%" %OPTS% %CDSQUIET% "-XX:ArchiveClassesAtExit=%JSA%" -jar "%JAR%" %TRAIN% >nul 2>nul <nul
if not exist "%JSA%" (
  type nul > "%JSA%.failed" 2>nul
  goto run
)
:usecds
set "OPTS=%OPTS% %CDSQUIET% "-XX:SharedArchiveFile=%JSA%""

:run
"%JAVA%" %OPTS% %MEDSEC_FORMS_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
