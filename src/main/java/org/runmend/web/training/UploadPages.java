package org.runmend.web.training;

import static org.runmend.web.training.RunnerPages.runner;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runmend.importer.Format;
import org.runmend.training.ImportService;
import org.runmend.web.Chrome;
import org.runmend.web.Templates;
import org.runmend.web.View;

/**
 * Uploading files into the log: one request per file from the uploader script (answered with
 * JSON), or every file of the plain form at once (answered with a summary page). Each file is
 * streamed to the importer, never held whole in memory.
 */
public final class UploadPages {
    /** What became of each uploaded file, or why nothing was read. */
    public record Uploaded(Chrome chrome, List<UploadOutcome> outcomes, String error) implements View {
        @Override
        public String template() {
            return "training/uploaded.jte";
        }
    }

    private final ImportService imports;
    private final Templates templates;

    public UploadPages(ImportService imports, Templates templates) {
        this.imports = imports;
        this.templates = templates;
    }

    /** The upload form is on the log page: an address typed or reloaded after an upload goes there. */
    public void uploadForm(Context ctx) {
        ctx.redirect("/log#upload");
    }

    /** The files sent, each streamed to the importer: JSON for the uploader script, a summary page for the plain form. */
    public void upload(Context ctx) throws IOException {
        String runner = runner(ctx);
        List<UploadedFile> files = ctx.uploadedFiles("files").stream()
                .filter(f -> f.filename() != null && !f.filename().isBlank())
                .toList();
        boolean script = Optional.ofNullable(ctx.header("Accept")).orElse("").contains("application/json");
        if (files.isEmpty()) {
            if (script) {
                ctx.status(400).json(Map.of("error", "Choose at least one file to upload."));
            } else {
                ctx.status(400)
                        .html(templates.render(new Uploaded(
                                Chrome.of(ctx),
                                List.of(),
                                "Choose at least one file to upload: " + Format.described() + ".")));
            }
            return;
        }
        List<UploadOutcome> outcomes = new ArrayList<>();
        for (UploadedFile f : files) {
            String name = baseName(f.filename());
            try (InputStream in = f.content()) {
                outcomes.add(UploadOutcome.of(name, imports.importUpload(runner, name, in)));
            }
        }
        if (script) {
            UploadOutcome o = outcomes.get(0);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", o.name());
            body.put("status", o.status());
            body.put("line", o.line());
            body.put("imported", o.imported());
            body.put("duplicates", o.duplicates());
            body.put("failed", o.failed());
            body.put("warnings", o.warnings());
            body.put("ids", o.importedIds());
            ctx.json(body);
        } else {
            ctx.html(templates.render(new Uploaded(Chrome.of(ctx), outcomes, null)));
        }
    }

    /** The name without any folder a browser may send along. */
    private static String baseName(String name) {
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }
}
