package com.lepton.caselibrary.catalog;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.DataType;
import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.api.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;

/** A case in the catalog, as listed and searched. */
@Entity
@Table(name = "case_study")
@Getter
public class CaseEntry {

    private static final String TAG_SEPARATOR = "|";

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "industry_code")
    private Industry industry;

    @Enumerated(EnumType.STRING)
    private AlgorithmFamily algorithm;

    @Enumerated(EnumType.STRING)
    private DataType dataType;

    @Getter(AccessLevel.NONE)
    private String titleZh;

    @Getter(AccessLevel.NONE)
    private String titleEn;

    @Getter(AccessLevel.NONE)
    private String summaryZh;

    @Getter(AccessLevel.NONE)
    private String summaryEn;

    private String tags;

    private String pluginId;

    private boolean liveDemo;

    private Instant updatedAt;

    protected CaseEntry() {}

    CaseEntry(String id) {
        this.id = id;
    }

    void update(
            Industry industry,
            AlgorithmFamily algorithm,
            DataType dataType,
            LocalizedText title,
            LocalizedText summary,
            List<String> tags,
            String pluginId,
            boolean liveDemo) {
        this.industry = industry;
        this.algorithm = algorithm;
        this.dataType = dataType;
        this.titleZh = clip(title.zh(), 200);
        this.titleEn = clip(title.en(), 200);
        this.summaryZh = clip(summary.zh(), 1000);
        this.summaryEn = clip(summary.en(), 1000);
        this.tags = clip(String.join(TAG_SEPARATOR, tags), 1000);
        this.pluginId = pluginId;
        this.liveDemo = liveDemo;
        this.updatedAt = Instant.now();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public LocalizedText getTitle() {
        return new LocalizedText(titleZh, titleEn);
    }

    public LocalizedText getSummary() {
        return new LocalizedText(summaryZh, summaryEn);
    }

    public List<String> getTags() {
        return tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\\" + TAG_SEPARATOR));
    }
}
