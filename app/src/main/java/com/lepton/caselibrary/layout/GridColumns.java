package com.lepton.caselibrary.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;

/** The columns of the portal's tables (administration, decks, fine-tunes), and how the tables show their rows. */
public final class GridColumns {

    private GridColumns() {}

    /** A column with a (translated) header, as wide as its content. */
    public static <T> Grid.Column<T> fitted(Grid<T> grid, ValueProvider<T, ?> value, String header) {
        return grid.addColumn(value).setHeader(header).setAutoWidth(true);
    }

    /** A column of components (a link, the row's buttons) with a (translated) header, as wide as its content. */
    public static <T, C extends Component> Grid.Column<T> fittedComponents(
            Grid<T> grid, ValueProvider<T, C> component, String header) {
        return grid.addComponentColumn(component).setHeader(header).setAutoWidth(true);
    }

    /** Shows every row (the page scrolls, not the table) and the (translated) text a table without rows shows. */
    public static void showAllRows(Grid<?> grid, String emptyText) {
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(emptyText);
    }
}
