package com.lepton.caselibrary.layout;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;

/** The columns of the portal's tables (administration, decks, fine-tunes). */
public final class GridColumns {

    private GridColumns() {}

    /** A column with a (translated) header, as wide as its content. */
    public static <T> Grid.Column<T> fitted(Grid<T> grid, ValueProvider<T, ?> value, String header) {
        return grid.addColumn(value).setHeader(header).setAutoWidth(true);
    }
}
