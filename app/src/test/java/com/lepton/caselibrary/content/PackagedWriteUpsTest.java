package com.lepton.caselibrary.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every write-up packaged from {@code case-studies/} parses, in both languages; write-up-only cases say so. */
class PackagedWriteUpsTest {

    private final CaseStudyParser parser = new CaseStudyParser(new MarkdownRenderer());

    @Test
    void everyPackagedWriteUpParsesInBothLanguages() throws Exception {
        Map<String, Map<String, CaseStudyContent>> byId = new HashMap<>();
        for (Resource resource :
                new PathMatchingResourcePatternResolver().getResources("classpath*:case-studies/*.md")) {
            try (InputStream in = resource.getInputStream()) {
                CaseStudyContent content = parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                assertThat(resource.getFilename()).isEqualTo(content.id() + "." + content.language() + ".md");
                byId.computeIfAbsent(content.id(), id -> new HashMap<>()).put(content.language(), content);
            }
        }
        assertThat(byId).containsKeys("technology-campus-surveillance", "technology-customer-service");
        byId.forEach((id, languages) -> {
            assertThat(languages).as(id).containsOnlyKeys("zh", "en");
            assertThat(languages.get("zh").liveDemo())
                    .as(id)
                    .isEqualTo(languages.get("en").liveDemo());
            assertThat(languages.get("zh").algorithm())
                    .as(id)
                    .isEqualTo(languages.get("en").algorithm());
        });
        for (String id : new String[] {"technology-campus-surveillance", "technology-customer-service"}) {
            assertThat(byId.get(id).get("en").liveDemo()).isFalse();
            assertThat(byId.get(id).get("en").summary()).startsWith("Write-up only.");
            assertThat(byId.get(id).get("zh").summary()).startsWith("仅文字介绍。");
        }
    }
}
