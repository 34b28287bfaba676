package com.lepton.caselibrary.pluginhost;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Partners may sign their plugin jars (jarsigner); the portal verifies an uploaded jar against the
 * certificates it trusts ({@code lepton.plugins.trusted-certificates}, a PEM file). A signed jar
 * must be signed whole, unaltered, by a trusted certificate; with
 * {@code lepton.plugins.require-signature} an unsigned jar is refused too.
 */
public final class PluginSignatures {

    private final List<X509Certificate> trusted;
    private final boolean required;

    PluginSignatures(List<X509Certificate> trusted, boolean required) {
        this.trusted = List.copyOf(trusted);
        this.required = required;
    }

    /** The policy of the configuration; no trusted certificates and no requirement checks nothing. */
    static PluginSignatures of(PluginHostProperties properties) {
        Path certificates = properties.trustedCertificates();
        if (certificates == null || certificates.toString().isBlank()) {
            return new PluginSignatures(List.of(), properties.requireSignature());
        }
        try (InputStream in = Files.newInputStream(certificates)) {
            List<X509Certificate> loaded = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast)
                    .toList();
            return new PluginSignatures(loaded, properties.requireSignature());
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException(
                    "Cannot read the trusted plugin certificates " + certificates + ": " + e.getMessage(), e);
        }
    }

    /** Why the archive's signature is not acceptable, if it is not. */
    Optional<String> problem(Path archive) {
        if (trusted.isEmpty() && !required) {
            return Optional.empty();
        }
        boolean anySigned = false;
        boolean anyUnsigned = false;
        X509Certificate signer = null;
        try (JarFile jar = new JarFile(archive.toFile(), true)) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                try (InputStream in = jar.getInputStream(entry)) {
                    in.transferTo(OutputStream.nullOutputStream()); // reading is what verifies the entry
                }
                if (entry.isDirectory()
                        || entry.getName().toUpperCase(Locale.ROOT).startsWith("META-INF/")) {
                    continue;
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    anyUnsigned = true;
                    continue;
                }
                anySigned = true;
                Optional<X509Certificate> trustedSigner = Arrays.stream(signers)
                        .map(codeSigner -> (X509Certificate)
                                codeSigner.getSignerCertPath().getCertificates().getFirst())
                        .filter(trusted::contains)
                        .findFirst();
                if (trustedSigner.isEmpty()) {
                    X509Certificate first = (X509Certificate)
                            signers[0].getSignerCertPath().getCertificates().getFirst();
                    return Optional.of("signed by "
                            + first.getSubjectX500Principal().getName() + ", which this portal does not trust");
                }
                signer = trustedSigner.get();
            }
        } catch (SecurityException e) {
            return Optional.of("its signature does not match its contents (altered after signing): " + e.getMessage());
        } catch (IOException e) {
            return Optional.of("its signature cannot be checked: " + e.getMessage());
        }
        if (anySigned && anyUnsigned) {
            return Optional.of("only part of it is signed");
        }
        if (!anySigned && required) {
            return Optional.of(
                    "it is not signed, and this portal accepts only plugins signed by a trusted certificate");
        }
        return Optional.empty();
    }
}
