package org.runmend.web.guides;

import io.javalin.http.Context;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.runmend.library.Guide;
import org.runmend.library.GuideLibrary;
import org.runmend.library.GuideViews;
import org.runmend.library.SearchHit;
import org.runmend.store.NotFoundException;
import org.runmend.web.Chrome;
import org.runmend.web.Security;
import org.runmend.web.Templates;
import org.runmend.web.View;

/** The guide library in the browser: the list, search, and one guide per page with a link to share. */
public final class GuidePages {
    static final int MOST_READ = 5;
    static final int RESULTS = 20;
    private static final DateTimeFormatter REVIEWED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** The list of guides. */
    public record Index(Chrome chrome, List<Guide> regions, List<Guide> conditions, List<Guide> mostRead)
            implements View {
        @Override
        public String template() {
            return "guides/index.jte";
        }
    }

    /** Search results for {@code q}; {@code q} is empty before a search. */
    public record Results(Chrome chrome, String q, List<SearchHit> hits) implements View {
        @Override
        public String template() {
            return "guides/search.jte";
        }
    }

    /** One guide with what goes beside it. */
    public record GuidePage(Chrome chrome, Guide guide, List<Guide> related, String shareUrl, String reviewed)
            implements View {
        /** A guide with at least this many entries opens with its contents. */
        static final int CONTENTS_FROM = 6;

        @Override
        public String template() {
            return "guides/guide.jte";
        }

        /** Long guides open with their contents, so a runner can jump to the part they need. */
        public boolean hasContents() {
            return guide.sections().size() >= 3
                    || guide.sections().stream()
                                    .mapToInt(s -> s.entries().size())
                                    .sum()
                            >= CONTENTS_FROM;
        }

        /** The id a section's heading carries, for the contents' links. */
        public static String anchor(Guide.Section s) {
            return "sec-" + s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final GuideLibrary library;
    private final GuideViews views;
    private final java.net.URI publicUrl;
    private final Templates templates;

    private final Security security;

    /** @param publicUrl the address runners reach RunMend at, for share links; null for site paths */
    public GuidePages(
            Templates templates, GuideLibrary library, GuideViews views, java.net.URI publicUrl, Security security) {
        this.security = security;
        this.templates = templates;
        this.library = library;
        this.views = views;
        this.publicUrl = publicUrl;
    }

    /** The guides: by body region, by condition, and the most read. */
    public void index(Context ctx) {
        List<Guide> mostRead = library.guides(
                views.mostRead(MOST_READ).stream().map(GuideViews.Count::slug).toList());
        ctx.html(templates.render(new Index(
                Chrome.of(ctx), library.guides(Guide.Kind.REGION), library.guides(Guide.Kind.CONDITION), mostRead)));
    }

    /** The guides that match {@code ?q=} (its first 200 characters), best first. */
    public void search(Context ctx) {
        String q = ctx.queryParam("q");
        q = q == null ? "" : q.strip();
        if (q.length() > 200) {
            q = q.substring(0, 200);
        }
        ctx.html(
                templates.render(new Results(Chrome.of(ctx), q, q.isEmpty() ? List.of() : library.search(q, RESULTS))));
    }

    /** One guide, counted as read once a day per reader (not for crawlers), with its related guides and share link. */
    public void guide(Context ctx) {
        String slug = ctx.pathParam("kind") + "/" + ctx.pathParam("id");
        Guide guide = library.guide(slug).orElseThrow(() -> new NotFoundException("guide", slug));
        if (!isBot(ctx.userAgent())) {
            views.record(guide.slug(), visitor(ctx));
        }
        String share = shareUrl(guide);
        ctx.html(templates.render(new GuidePage(
                Chrome.of(ctx), guide, library.related(guide), share, REVIEWED.format(guide.lastReviewed()))));
    }

    /** Who reads, for counting a view once a day: the runner, or the client's address and browser. */
    private String visitor(Context ctx) {
        return Security.current(ctx)
                .map(s -> "runner:" + s.runner().id())
                .orElseGet(() -> "client:" + security.clientAddress(ctx) + "|" + String.valueOf(ctx.userAgent()));
    }

    /** Crawlers and link previews are not readers. */
    private static boolean isBot(String agent) {
        if (agent == null) {
            return false;
        }
        String a = agent.toLowerCase(Locale.ROOT);
        return a.contains("bot") || a.contains("crawl") || a.contains("spider") || a.contains("preview");
    }

    /**
     * The link to share: absolute on the configured public address ({@code RUNMEND_PUBLIC_URL}),
     * else the site path (the page's script makes it absolute in the browser). Never built from the
     * request's {@code Host} header, which the client (or anything in between) chooses.
     */
    private String shareUrl(Guide guide) {
        return publicUrl == null ? guide.path() : guide.shareUrl(publicUrl).toString();
    }
}
