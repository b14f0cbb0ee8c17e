#!/usr/bin/env bash
# Regenerates the committed hostile-input corpus, forms-xlsx/src/test/resources/hostile/, and the fuzz seeds from
# forms-xlsx/src/test/java/io/github/medsecforms/xlsx/hostile/HostileCorpus.java (the cases over 1 MB are not written:
# the test makes them at run time). Keep expected-codes.properties and README.md there in step with the cases.
# Encrypted cases get new random salts on every run, so those files change even when nothing else did.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cp_file="forms-xlsx/target/hostile-corpus.classpath"
./mvnw -q -B -pl forms-xlsx -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$cp_file" -DskipTests
java -Dfile.encoding=UTF-8 \
  -cp "forms-xlsx/target/test-classes:forms-xlsx/target/classes:$(cat "$cp_file")" \
  io.github.medsecforms.xlsx.hostile.HostileCorpus forms-xlsx/src/test/resources/hostile
# the seed corpus of the workbook reader's fuzz test (docs/fuzzing.md)
java -Dfile.encoding=UTF-8 \
  -cp "forms-xlsx/target/test-classes:forms-xlsx/target/classes:$(cat "$cp_file")" \
  io.github.medsecforms.xlsx.fuzz.FuzzSeeds \
  forms-xlsx/src/test/resources/io/github/medsecforms/xlsx/fuzz/WorkbookReaderFuzzTestInputs/read
