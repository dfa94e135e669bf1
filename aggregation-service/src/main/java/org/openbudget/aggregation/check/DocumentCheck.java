package org.openbudget.aggregation.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.openbudget.aggregation.consistency.ConsistencyRules;
import org.openbudget.aggregation.consistency.Finding;
import org.openbudget.aggregation.event.ValidationReport;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.disclosure.classification.CatalogScheme;
import org.openbudget.disclosure.classification.CodeStatus;
import org.openbudget.disclosure.classification.YearCatalog;
import org.openbudget.disclosure.classification.YearCatalogs;
import org.openbudget.disclosure.money.AmountUnit;
import org.openbudget.disclosure.table.DisclosureTables;
import org.openbudget.disclosure.table.TableInput;
import org.openbudget.seeds.load.DepartmentCodes;
import org.openbudget.seeds.load.LoadOptions;
import org.openbudget.seeds.load.LoadPlan;
import org.openbudget.seeds.load.LoadPlanner;
import org.openbudget.seeds.parse.DisclosureDocument;
import org.openbudget.seeds.parse.DocumentParser;
import org.openbudget.seeds.parse.SourceText;
import org.openbudget.seeds.parse.UnknownLayoutException;
import org.openbudget.seeds.parse.Warning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks one uploaded disclosure without loading it (issue 14, the auditor's case): the importer reads it (its document
 * reader for PDF, XLSX, HTML or text, its parser and its mapping onto the owners' requests — one parser, not a copy), disclosure-model builds the nine tables from
 * the figures read, the year's catalogs judge the codes, and budget-service's validation ({@link UploadedValidation}) with
 * {@link ConsistencyRules} — the rules the platform runs on stored budgets — give the findings. Nothing is stored.
 */
@ApplicationScoped
public class DocumentCheck {

    private static final Logger LOG = Logger.getLogger(DocumentCheck.class);

    /** What a stored budget's report has and an uploaded document's may not. */
    static final List<String> NOT_CHECKED = List.of(
            "timeliness: only from the approval (批复) and publication (公开) dates the document prints; a document that "
                    + "prints neither is not judged on time");

    private final ObjectMapper json;
    private final Clock clock = Clock.systemDefaultZone();

    public DocumentCheck(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param year a year to check against when the document prints none (or to override it); may be null
     * @throws UnreadableUpload when the file is not a budget document this service can read
     */
    public CheckReport check(String name, byte[] bytes, Integer year, long maxBytes) {
        DisclosureDocument doc;
        LoadPlan load;
        try {
            SourceText text = UploadText.read(name, bytes, maxBytes);
            doc = DocumentParser.parse(text);
            load = LoadPlanner.plan(doc, new LoadOptions(null, year, null, DepartmentCodes.none(), true));
        } catch (UnreadableUpload e) {
            throw e;
        } catch (UnknownLayoutException | IllegalArgumentException e) {
            throw new UnreadableUpload(e.getMessage(), e);
        } catch (RuntimeException e) {
            // a parser failing on a hostile file is still the file's fault to the caller, never a 500
            LOG.warnf(e, "the parser failed on the upload %s", name);
            throw new UnreadableUpload("the document could not be read as a budget disclosure (" + e.getClass().getSimpleName() + ")", e);
        }
        UploadedParts parts = UploadedParts.of(load, doc.departmentName(), doc.approvedOn(), doc.publishedOn(), json);
        if (parts.budget() == null) {
            throw new UnreadableUpload("no budget table was recognised in the document");
        }
        BudgetContent content = parts.budget().content();
        AmountUnit printed = AmountUnit.byLabel(doc.unit()).orElse(AmountUnit.WAN_YUAN);
        YearCatalog functional = YearCatalogs.catalog(CatalogScheme.FUNCTIONAL, load.year());
        YearCatalog economic = YearCatalogs.catalog(CatalogScheme.ECONOMIC, load.year());

        List<CheckTable> tables = DisclosureTables.all(new TableInput(content, functional.topLevel()), printed).stream()
                .map(CheckTable::of).toList();
        List<CatalogFinding> catalog = new ArrayList<>();
        for (FunctionalLine line : content.functional().lines()) {
            judge(functional.status(line.code(), line.name()), line.name(), catalog);
        }
        for (EconomicLine line : content.economic().lines()) {
            judge(economic.status(line.code(), line.name()), line.name(), catalog);
        }
        String department = doc.departmentCode();
        // budget-service's own rules, as a stored budget's event brings them: the same findings for the same figures
        ValidationReport validation = UploadedValidation.of(parts.budget(), functional, economic, json);
        List<Finding> findings = new ArrayList<>(new ConsistencyRules(department, load.year(), parts.budget(), validation,
                parts.targets(), parts.plan(), parts.assetsAsOf(), LocalDate.now(clock)).findings());
        findings.sort(Comparator.comparingInt(DocumentCheck::rank).thenComparing(Finding::rule));

        List<CheckReport.ParseWarning> warnings = new ArrayList<>();
        for (Warning w : doc.warnings()) {
            warnings.add(new CheckReport.ParseWarning(w.line(), w.kind().id(), w.message()));
        }
        for (Warning w : load.warnings()) {
            warnings.add(new CheckReport.ParseWarning(w.line(), w.kind().id(), w.message()));
        }
        return new CheckReport(name, doc.layout() == null ? null : doc.layout().name(), department, doc.departmentName(),
                load.year(), printed.label(), functional.catalogYear(), tables, warnings, catalog, counts(findings), findings,
                NOT_CHECKED);
    }

    private static void judge(CodeStatus status, String name, List<CatalogFinding> out) {
        if (status.kind() != CodeStatus.Kind.VALID) {
            out.add(CatalogFinding.of(status, name));
        }
    }

    private static int rank(Finding f) {
        return switch (f.severity()) {
            case Finding.ERROR -> 0;
            case Finding.WARNING -> 1;
            default -> 2;
        };
    }

    private static Map<String, Integer> counts(List<Finding> findings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String s : List.of(Finding.ERROR, Finding.WARNING, Finding.INFO)) {
            counts.put(s, (int) findings.stream().filter(f -> f.severity().equals(s)).count());
        }
        return counts;
    }
}
