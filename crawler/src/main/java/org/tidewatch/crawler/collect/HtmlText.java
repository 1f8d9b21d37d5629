package org.tidewatch.crawler.collect;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Turns post markup into plain text that keeps its line breaks ({@code <br>}, paragraphs, list items). */
public final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "blockquote", "pre", "h1", "h2",
            "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "header", "footer");

    private HtmlText() {
    }

    /** The text of an element, line breaks kept, spaces collapsed, lines trimmed. */
    public static String of(Element element) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendCollapsed(out, t.getWholeText());
                } else if (node instanceof Element e && (e.nameIs("br") || BLOCKS.contains(e.normalName()))) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        }, element);
        return tidy(out);
    }

    /** The text of an HTML fragment (Mastodon content, RSS descriptions). */
    public static String ofFragment(String html) {
        return html == null || html.isBlank() ? "" : of(Jsoup.parseBodyFragment(html).body());
    }

    /** Appends the text with each run of whitespace (no-break space included) as one space. */
    private static void appendCollapsed(StringBuilder out, String text) {
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        if (space) {
            out.append(' ');
        }
    }

    private static String tidy(CharSequence raw) {
        StringBuilder out = new StringBuilder();
        int blank = 0;
        for (String line : raw.toString().split("\n", -1)) {
            String l = line.strip();
            if (l.isEmpty()) {
                blank++;
                continue;
            }
            if (!out.isEmpty()) {
                out.append(blank > 1 ? "\n\n" : "\n");
            }
            out.append(l);
            blank = 0;
        }
        return out.toString();
    }
}
