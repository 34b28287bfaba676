package com.lepton.caselibrary.pluginhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipFile;
import jdk.security.jarsigner.JarSigner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugin jars signed with jarsigner, checked against the portal's trusted certificates. */
class PluginSignaturesTest {

    @TempDir
    static Path folder;

    private static KeyStore.PrivateKeyEntry partner;
    private static KeyStore.PrivateKeyEntry stranger;
    private static Path unsigned;

    @BeforeAll
    static void keysAndJar() throws Exception {
        partner = newKey("partner", "CN=Partner Lab");
        stranger = newKey("stranger", "CN=Someone Else");
        unsigned = folder.resolve("plugin.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        manifest.getMainAttributes().putValue("Plugin-Id", "signed-case");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(unsigned), manifest)) {
            jar.putNextEntry(new JarEntry("lab/Case.class"));
            jar.write("not really a class, but signed bytes all the same".getBytes());
            jar.closeEntry();
        }
    }

    @Test
    void acceptsAJarSignedByATrustedCertificate() throws Exception {
        assertThat(policy().problem(sign(partner, "by-partner.jar"))).isEmpty();
    }

    @Test
    void refusesAJarSignedByAnUntrustedCertificate() throws Exception {
        assertThat(policy().problem(sign(stranger, "by-stranger.jar")))
                .get()
                .asString()
                .contains("CN=Someone Else")
                .contains("does not trust");
    }

    @Test
    void refusesASignedJarAlteredAfterSigning() throws Exception {
        Path signed = sign(partner, "altered.jar");
        Path altered = folder.resolve("altered-after.jar");
        try (JarInputStream in = new JarInputStream(Files.newInputStream(signed));
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(altered), in.getManifest())) {
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                out.putNextEntry(new JarEntry(entry.getName()));
                out.write(entry.getName().endsWith(".class") ? "evil bytes".getBytes() : in.readAllBytes());
                out.closeEntry();
            }
        }
        assertThat(policy().problem(altered)).get().asString().contains("does not match its contents");
    }

    @Test
    void unsignedJarsPassUnlessASignatureIsRequired() {
        assertThat(policy().problem(unsigned)).isEmpty();
        assertThat(new PluginSignatures(List.of(certificate(partner)), true).problem(unsigned))
                .get()
                .asString()
                .contains("not signed");
        assertThat(new PluginSignatures(List.of(), false).problem(unsigned)).isEmpty();
    }

    @Test
    void readsTheTrustedCertificatesFromThePemFileTheConfigurationNames() throws Exception {
        Path pem = folder.resolve("trusted.pem");
        Files.writeString(
                pem,
                "-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes())
                                .encodeToString(certificate(partner).getEncoded())
                        + "\n-----END CERTIFICATE-----\n");
        PluginSignatures configured = PluginSignatures.of(new PluginHostProperties(folder, List.of(), pem, true));
        assertThat(configured.problem(sign(partner, "configured.jar"))).isEmpty();
        assertThat(configured.problem(unsigned)).get().asString().contains("not signed");
    }

    /** The portal trusts the partner's certificate only. */
    private static PluginSignatures policy() {
        return new PluginSignatures(List.of(certificate(partner)), false);
    }

    private static X509Certificate certificate(KeyStore.PrivateKeyEntry key) {
        return (X509Certificate) key.getCertificate();
    }

    private static Path sign(KeyStore.PrivateKeyEntry key, String name) throws Exception {
        Path signed = folder.resolve(name);
        JarSigner signer = new JarSigner.Builder(
                        key.getPrivateKey(),
                        CertificateFactory.getInstance("X.509")
                                .generateCertPath(Arrays.asList(key.getCertificateChain())))
                .build();
        try (ZipFile in = new ZipFile(unsigned.toFile());
                OutputStream out = Files.newOutputStream(signed)) {
            signer.sign(in, out);
        }
        return signed;
    }

    /** A key pair with a self-signed certificate, made by the JDK's keytool as a partner would. */
    private static KeyStore.PrivateKeyEntry newKey(String alias, String name) throws Exception {
        Path store = folder.resolve(alias + ".p12");
        String keytool =
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(
                        keytool,
                        "-genkeypair",
                        "-alias",
                        alias,
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        name,
                        "-validity",
                        "30",
                        "-keystore",
                        store.toString(),
                        "-storetype",
                        "PKCS12",
                        "-storepass",
                        "changeit",
                        "-keypass",
                        "changeit")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        KeyStore keys = KeyStore.getInstance(store.toFile(), "changeit".toCharArray());
        return (KeyStore.PrivateKeyEntry)
                keys.getEntry(alias, new KeyStore.PasswordProtection("changeit".toCharArray()));
    }
}
