#!/usr/bin/env bash
# Regenerates the committed hostile-input corpus, forms-io/src/test/resources/hostile/, and the fuzz seeds from
# forms-io/src/test/java/io/github/medsecforms/io/hostile/HostileCorpus.java (the cases over 1 MB are not written:
# the test makes them at run time). Keep expected-codes.properties and README.md there in step with the cases.
# Encrypted cases get new random salts on every run, so those files change even when nothing else did.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cp_file="forms-io/target/hostile-corpus.classpath"
./mvnw -q -B -pl forms-io -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$cp_file" -DskipTests
java -Dfile.encoding=UTF-8 \
  -cp "forms-io/target/test-classes:forms-io/target/classes:$(cat "$cp_file")" \
  io.github.medsecforms.io.hostile.HostileCorpus forms-io/src/test/resources/hostile
# the seed corpus of the workbook reader's fuzz test (docs/fuzzing.md)
java -Dfile.encoding=UTF-8 \
  -cp "forms-io/target/test-classes:forms-io/target/classes:$(cat "$cp_file")" \
  io.github.medsecforms.io.fuzz.FuzzSeeds \
  forms-io/src/test/resources/io/github/medsecforms/io/fuzz/WorkbookReaderFuzzTestInputs/read
