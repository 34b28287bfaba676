package com.lepton.caselibrary.i18n;

import com.lepton.caselibrary.api.LocalizedText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;

/** The portal's two languages and the visitor's current choice. */
public final class Languages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private Languages() {}

    /** The locale of the current UI, English outside a request. */
    public static Locale current() {
        UI ui = UI.getCurrent();
        return ui != null ? normalize(ui.getLocale()) : ENGLISH;
    }

    /** Either {@link #CHINESE} or {@link #ENGLISH}. */
    public static Locale normalize(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }

    public static boolean isChinese(Locale locale) {
        return CHINESE.equals(normalize(locale));
    }

    /** The short language code used in content file names: {@code zh} or {@code en}. */
    public static String code(Locale locale) {
        return isChinese(locale) ? "zh" : "en";
    }

    /** A plugin's two-language text in the current language. */
    public static String pick(LocalizedText text) {
        return text.in(current());
    }

    /** Switches the whole session to the other language; the caller reloads the page. */
    public static void switchTo(Locale locale) {
        Locale chosen = normalize(locale);
        VaadinSession.getCurrent().setLocale(chosen);
        UI.getCurrent().setLocale(chosen);
    }
}
