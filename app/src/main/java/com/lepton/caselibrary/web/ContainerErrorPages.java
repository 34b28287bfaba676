package com.lepton.caselibrary.web;

import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers some requests itself, before any filter runs (a malformed URL or request line:
 * 400): those pages get the same security headers as the portal's, and say nothing about the server.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof Host host && host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(HeadersOnErrorPages.class.getName());
            }
        });
    }

    /** Tomcat's error page without server details, with the portal's security headers. */
    public static class HeadersOnErrorPages extends ErrorReportValve {

        public HeadersOnErrorPages() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            // Only Tomcat's own error pages: what the portal answered already carries its headers.
            if (response.getStatus() >= 400
                    && !response.isCommitted()
                    && response.getHeader("Content-Security-Policy") == null) {
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
                response.setHeader("Referrer-Policy", "no-referrer");
                response.setHeader("Cache-Control", "no-store");
            }
            super.report(request, response, throwable);
        }
    }
}
