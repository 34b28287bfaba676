package com.lepton.caselibrary.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.web.PublicUrl;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The code snippets' base URL comes from the portal's public URL, never from the client's Host header. */
class CodePanelTest {

    private static MockHttpServletRequest forgedHost() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cases/x");
        request.setServerName("evil.example");
        request.addHeader("Host", "evil.example");
        request.setLocalAddr("127.0.0.1");
        request.setLocalPort(18080);
        return request;
    }

    @Test
    void theConfiguredPublicUrlWithItsPathIsTheBase() {
        PublicUrl configured = new PublicUrl("https://cases.example.com/portal/");

        assertThat(CodePanel.baseUrl(configured, forgedHost())).isEqualTo("https://cases.example.com/portal");
        assertThat(CodePanel.embedSnippet(
                        CodePanel.baseUrl(configured, forgedHost()), "retail-demand", "Demo \"x\" <b>"))
                .contains("src=\"https://cases.example.com/portal/embed/cases/retail-demand\"")
                .contains("title=\"Demo &quot;x&quot; &lt;b>\"")
                .doesNotContain("evil.example");
    }

    @Test
    void unsetItIsTheAddressTheConnectionArrivedOn() {
        assertThat(CodePanel.baseUrl(new PublicUrl(""), forgedHost())).isEqualTo("http://127.0.0.1:18080");
    }

    @Test
    void anIpv6AddressIsWrittenShort() {
        MockHttpServletRequest request = forgedHost();
        request.setLocalAddr("0:0:0:0:0:0:0:1");
        assertThat(CodePanel.baseUrl(new PublicUrl(""), request)).isEqualTo("http://[::1]:18080");
        request.setLocalAddr("2001:db8:0:0:1:0:0:1");
        assertThat(CodePanel.baseUrl(new PublicUrl(""), request)).isEqualTo("http://[2001:db8::1:0:0:1]:18080");
        request.setLocalAddr("2001:db8:0:1:1:1:1:1");
        assertThat(CodePanel.baseUrl(new PublicUrl(""), request)).isEqualTo("http://[2001:db8:0:1:1:1:1:1]:18080");
    }

    @Test
    void outsideARequestItIsTheConfiguredUrlOrLocalhost() {
        assertThat(CodePanel.baseUrl(new PublicUrl("https://cases.example.com"), null))
                .isEqualTo("https://cases.example.com");
        assertThat(CodePanel.baseUrl(new PublicUrl(""), null)).isEqualTo("http://localhost:8080");
    }
}
