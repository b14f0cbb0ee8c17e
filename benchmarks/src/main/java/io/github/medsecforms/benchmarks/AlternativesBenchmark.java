package io.github.medsecforms.benchmarks;

import io.github.medsecforms.xlsx.ReadLimits;
import io.github.medsecforms.xlsx.internal.grid.Cell;
import io.github.medsecforms.xlsx.internal.grid.Grid;
import io.github.medsecforms.xlsx.internal.grid.GridException;
import io.github.medsecforms.xlsx.internal.grid.GridReader;
import io.github.medsecforms.xlsx.internal.grid.GridSheet;
import io.github.medsecforms.xlsx.internal.grid.ZipProbe;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The project's hand-written layers against the libraries that could replace them (docs/decisions.md D-45), on the
 * workbook of {@link ReadBenchmark} in the same run as the floor:
 *
 * <ul>
 *   <li><b>cells</b> (zip + XML → every cell's value, all sheets): the grid ({@code GridReader}, which also reads merged
 *       regions, styles' date formats, the drawing and the picture, under the hostile-input limits); POI's streaming
 *       {@code XSSFReader} + {@code XSSFSheetXMLHandler} (SAX, read-only shared strings); fastexcel-reader
 *       ({@code ReadableWorkbook}, Aalto StAX); and the floor (unzip + Woodstox over sheets and shared strings).</li>
 *   <li><b>zip</b> (every part inflated to its end): the grid's {@code ZipArchive} (central directory read in place,
 *       limits counted); commons-compress' {@code ZipFile} over an in-memory channel; the JDK's
 *       {@code ZipInputStream}.</li>
 * </ul>
 *
 * Every method returns a checksum of what it saw so that the JIT cannot drop the work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AlternativesBenchmark {
    byte[] workbook;
    List<String> partNames;
    Floor floor;

    @Setup
    public void setUp() {
        workbook = SurveyWorkbook.bytes();
        partNames = partNames(workbook);
        floor = Floor.woodstox();
    }

    // ------------------------------------------------------------------ cells

    /** The floor of the cell layer: unzip + Woodstox over every worksheet and the shared strings. */
    @Benchmark
    public long cellsFloorWoodstox() {
        return floor.pass(workbook);
    }

    /** Ours: the grid, every sheet's cells (and merged regions, date styles, drawing, picture, limits). */
    @Benchmark
    public long cellsGrid() {
        try {
            Grid grid = GridReader.read(workbook, ReadLimits.DEFAULT);
            long sum = 0;
            for (GridSheet sheet : grid.sheets()) {
                for (Cell cell : sheet.cells()) {
                    sum += cell.a1().length() + cell.text().length();
                }
            }
            return sum;
        } catch (GridException e) {
            throw new IllegalStateException(e);
        }
    }

    /** POI's streaming read: {@code XSSFReader} + {@code XSSFSheetXMLHandler}, every sheet's cells as text. */
    @Benchmark
    public long cellsPoiStreaming() {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(workbook))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            DataFormatter formatter = new DataFormatter();
            long[] sum = {0};
            XSSFSheetXMLHandler.SheetContentsHandler cells = new XSSFSheetXMLHandler.SheetContentsHandler() {
                @Override
                public void startRow(int rowNum) {
                }

                @Override
                public void endRow(int rowNum) {
                }

                @Override
                public void cell(String ref, String value, XSSFComment comment) {
                    sum[0] += ref.length() + (value == null ? 0 : value.length());
                }
            };
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, cells, formatter, false));
                    xml.parse(new InputSource(sheet));
                }
            }
            pkg.revert();
            return sum[0];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** fastexcel-reader: every sheet's rows and cells as text. */
    @Benchmark
    public long cellsFastexcelReader() {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            long sum = 0;
            for (Sheet sheet : book.getSheets().toList()) {
                try (var rows = sheet.openStream()) {
                    for (Row row : (Iterable<Row>) rows::iterator) {
                        for (int i = 0; i < row.getCellCount(); i++) {
                            var cell = row.getCell(i);
                            if (cell != null) {
                                String text = cell.getText();
                                sum += cell.getAddress().toString().length() + (text == null ? 0 : text.length());
                            }
                        }
                    }
                }
            }
            return sum;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ zip

    /** Ours: {@code ZipArchive}, every part inflated. */
    @Benchmark
    public long zipArchive() {
        return ZipProbe.inflate(workbook, partNames);
    }

    /** commons-compress {@code ZipFile} (central directory, random access) over the bytes, every part inflated. */
    @Benchmark
    public long zipCommonsCompress() {
        byte[] buffer = new byte[8192];
        long sum = 0;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook)).get()) {
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
                try (InputStream in = zip.getInputStream(e.nextElement())) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        sum += n;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sum;
    }

    /** The JDK's {@code ZipInputStream} (local headers, in file order), every part inflated. */
    @Benchmark
    public long zipJdkStream() {
        byte[] buffer = new byte[8192];
        long sum = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            while (zip.getNextEntry() != null) {
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    sum += n;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sum;
    }

    static List<String> partNames(byte[] workbook) {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.isDirectory()) {
                    names.add(e.getName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
