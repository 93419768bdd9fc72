package org.runmend.web.painchecks;

import io.javalin.http.Context;
import org.runmend.accounts.SignedIn;
import org.runmend.report.ClinicianReport;
import org.runmend.report.FhirReport;
import org.runmend.report.PdfReport;
import org.runmend.report.ReportAssembler;
import org.runmend.web.Chrome;
import org.runmend.web.PageRefused;
import org.runmend.web.RunnerContext;
import org.runmend.web.Security;
import org.runmend.web.Templates;
import org.runmend.web.View;

/** The report a runner hands to a clinician: a PDF, and the same as a FHIR R4 bundle. */
public final class ReportPages {
    /** The report page; {@code ready} when there is a saved pain check to build the report from. */
    public record Report(Chrome chrome, boolean ready) implements View {
        @Override
        public String template() {
            return "painchecks/report.jte";
        }
    }

    private final ReportAssembler assembler;
    private final PdfReport pdfReport;
    private final FhirReport fhirReport;
    private final Templates templates;

    public ReportPages(Templates templates, ReportAssembler assembler, PdfReport pdf, FhirReport fhir) {
        this.templates = templates;
        this.assembler = assembler;
        this.pdfReport = pdf;
        this.fhirReport = fhir;
    }

    /** The report page: what the report holds and its downloads, or a note when no check is saved yet. */
    public void page(Context ctx) {
        SignedIn s = Security.require(ctx);
        boolean any = assembler
                .assemble(s.runner(), null, RunnerContext.of(ctx).zone())
                .isPresent();
        ctx.html(templates.render(new Report(Chrome.of(ctx), any)));
    }

    /** The report as a PDF to download; the report is made first, so a refusal is not sent as a download. */
    public void pdf(Context ctx) {
        byte[] pdfBytes = pdfReport.render(report(ctx));
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"runmend-report.pdf\"")
                .result(pdfBytes);
    }

    /** The same report as a FHIR R4 bundle (JSON) to download. */
    public void fhir(Context ctx) {
        String bundle = fhirReport.toJson(fhirReport.bundle(report(ctx)));
        ctx.contentType("application/fhir+json")
                .header("Content-Disposition", "attachment; filename=\"runmend-report.fhir.json\"")
                .result(bundle);
    }

    /** The report of the saved check asked for (the latest when none is named); 404 when there is none. */
    private ClinicianReport report(Context ctx) {
        SignedIn s = Security.require(ctx);
        return assembler
                .assemble(
                        s.runner(),
                        ctx.queryParam("check"),
                        RunnerContext.of(ctx).zone())
                .orElseThrow(
                        () -> new PageRefused(
                                404,
                                "No saved pain check",
                                "The report is built from a saved pain check. Do a pain check and choose \"Save this check\" at the end."));
    }
}
