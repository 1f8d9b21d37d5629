package org.tidewatch.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesMarkupFromACollectedPost() {
        assertThat(Html.escape("Boat <b>Zuwara</b> & \"safe\" <script>alert('x')</script>"))
                .isEqualTo("Boat &lt;b&gt;Zuwara&lt;/b&gt; &amp; &quot;safe&quot; "
                        + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void nullBecomesEmpty() {
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void errorPagesEscapeTheirMessage() {
        assertThat(LoginPage.render("tok", "<img src=x onerror=alert(1)>", null))
                .contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img");
    }
}
