@echo off
rem medsec-forms launcher for Windows (best effort; the bash launcher ./medsec-forms is the tested one).
rem
rem Builds cli\target\medsec-forms-all.jar with the Maven wrapper when it is missing, then runs it.
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

"%JAVA%" -jar "%JAR%" %*
exit /b %ERRORLEVEL%
