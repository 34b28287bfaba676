package com.lepton.caselibrary.demo;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.dom.Element;
import java.util.function.Consumer;

/**
 * A canvas to draw the input on (mouse, pen or finger): dark strokes on white, like ink on a
 * form. "Recognize" sends the drawing as a PNG data URL; an untouched canvas sends nothing.
 * Plain Element API and inline script: no frontend build.
 */
class DrawingCanvas extends Div {

    static final int SIZE = 280;

    private static final String SETUP = """
            const canvas = $0;
            const context = canvas.getContext('2d');
            context.fillStyle = '#ffffff';
            context.fillRect(0, 0, canvas.width, canvas.height);
            context.lineCap = 'round';
            context.lineJoin = 'round';
            context.strokeStyle = '#111111';
            context.lineWidth = canvas.width / 12;
            canvas.drawn = false;
            let last = null;
            const at = e => {
              const box = canvas.getBoundingClientRect();
              return [(e.clientX - box.left) * canvas.width / box.width, (e.clientY - box.top) * canvas.height / box.height];
            };
            canvas.addEventListener('pointerdown', e => {
              canvas.setPointerCapture(e.pointerId);
              last = at(e);
              context.beginPath();
              context.arc(last[0], last[1], context.lineWidth / 2, 0, 2 * Math.PI);
              context.fillStyle = '#111111';
              context.fill();
              canvas.drawn = true;
            });
            canvas.addEventListener('pointermove', e => {
              if (last === null) return;
              const point = at(e);
              context.beginPath();
              context.moveTo(last[0], last[1]);
              context.lineTo(point[0], point[1]);
              context.stroke();
              last = point;
            });
            const stop = () => { last = null; };
            canvas.addEventListener('pointerup', stop);
            canvas.addEventListener('pointercancel', stop);
            canvas.clear = () => {
              context.fillStyle = '#ffffff';
              context.fillRect(0, 0, canvas.width, canvas.height);
              canvas.drawn = false;
            };
            """;

    private final Element canvas = new Element("canvas");

    /** @param recognize receives the PNG data URL, or an empty string when nothing was drawn */
    DrawingCanvas(Consumer<String> recognize) {
        setId("demo-draw");
        addClassName("demo-section");
        canvas.setAttribute("id", "demo-canvas");
        canvas.setAttribute("width", String.valueOf(SIZE));
        canvas.setAttribute("height", String.valueOf(SIZE));
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", getTranslation("demo.draw.aria"));
        canvas.getClassList().add("drawing-canvas");
        Div frame = new Div();
        frame.addClassName("drawing-frame");
        frame.getElement().appendChild(canvas);

        Button clear =
                new Button(getTranslation("demo.draw.clear"), click -> canvas.executeJs("this.clear && this.clear()"));
        clear.setId("demo-draw-clear");
        Button run = new Button(
                getTranslation("demo.draw.run"),
                click -> canvas.executeJs("return this.drawn ? this.toDataURL('image/png') : ''")
                        .then(String.class, recognize::accept));
        run.setId("demo-draw-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(run, clear);
        buttons.addClassName("drawing-buttons");
        add(new H3(getTranslation("demo.draw")), frame, buttons);
        canvas.executeJs(SETUP, canvas);
    }
}
