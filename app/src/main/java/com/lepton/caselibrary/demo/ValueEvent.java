package com.lepton.caselibrary.demo;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/** An event of the demo's parts that carries one value (what was chosen or entered); always from the client. */
abstract class ValueEvent<C extends Component, T> extends ComponentEvent<C> {

    private final T value;

    ValueEvent(C source, T value) {
        super(source, true);
        this.value = value;
    }

    T value() {
        return value;
    }
}
