import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.reporting.CheckingReport;
import com.adobe.epubcheck.util.ReportingLevel;
import java.io.File;
import java.io.PrintWriter;

/**
 * Runs EPUBCheck on many books in one Java process, which saves its long start-up
 * for every book but the first: java -cp epubcheck.jar EPUBCheckBatch.java FOLDER BOOK...
 * writes FOLDER/N.json, EPUBCheck's JSON report on the Nth book (from 0), with
 * messages of every severity down to usage. scripts/check-epub runs it.
 */
public class EPUBCheckBatch {
    public static void main(String[] args) throws Exception {
        for (int index = 1; index < args.length; index++) {
            File report = new File(args[0], (index - 1) + ".json");
            try (PrintWriter out = new PrintWriter(report, "UTF-8")) {
                CheckingReport checking = new CheckingReport(out, args[index]);
                checking.setReportingLevel(ReportingLevel.Usage);
                checking.initialize();
                new EpubCheck(new File(args[index]), checking).doValidate();
                checking.generate();
            }
        }
    }
}
