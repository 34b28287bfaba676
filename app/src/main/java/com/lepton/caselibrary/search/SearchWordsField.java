package com.lepton.caselibrary.search;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * The box for search words, alike on the case list and the search page: a search icon, a clear button, and the
 * words taken as the visitor pauses typing. Only the visitor's own typing is acted on, not a value the page sets.
 */
public class SearchWordsField extends TextField {

    /**
     * @param typed what the page does with the words the visitor typed
     */
    public SearchWordsField(
            String id, String label, String placeholder, int maxLength, SerializableConsumer<String> typed) {
        setId(id);
        setLabel(label);
        setPlaceholder(placeholder);
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setMaxLength(maxLength);
        setValueChangeMode(ValueChangeMode.LAZY);
        addValueChangeListener(change -> {
            if (change.isFromClient()) {
                typed.accept(change.getValue());
            }
        });
    }
}
