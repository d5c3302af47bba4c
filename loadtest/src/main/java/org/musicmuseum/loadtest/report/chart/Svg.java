package org.musicmuseum.loadtest.report.chart;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small SVG document: a white page of a fixed size in sans-serif, and the few shapes the charts
 * use. Attributes come in name/value pairs ({@code "class", "bar", "fill", "#4c78a8"}); the
 * XMLStreamWriter escapes every text and attribute value.
 */
final class Svg implements AutoCloseable {

  static final String NAMESPACE = "http://www.w3.org/2000/svg";

  private final XMLStreamWriter xml;

  /** Starts the document: {@code <svg>} with width, height and viewBox, a title, a white page. */
  Svg(OutputStream out, int width, int height, String title) throws XMLStreamException {
    xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("svg");
    xml.writeDefaultNamespace(NAMESPACE);
    attributes(
        "width",
        num(width),
        "height",
        num(height),
        "viewBox",
        "0 0 " + num(width) + " " + num(height),
        "font-family",
        "sans-serif",
        "font-size",
        "12");
    xml.writeCharacters("\n");
    xml.writeStartElement("title");
    xml.writeCharacters(title);
    xml.writeEndElement();
    rect(0, 0, width, height, "fill", "#ffffff");
  }

  void rect(double x, double y, double width, double height, String... attributes)
      throws XMLStreamException {
    empty("rect", "x", num(x), "y", num(y), "width", num(width), "height", num(height));
    attributes(attributes);
  }

  void line(double x1, double y1, double x2, double y2, String... attributes)
      throws XMLStreamException {
    empty("line", "x1", num(x1), "y1", num(y1), "x2", num(x2), "y2", num(y2));
    attributes(attributes);
  }

  /** An open line through {@code points}, given in pixels. */
  void polyline(List<Point> points, String... attributes) throws XMLStreamException {
    StringBuilder list = new StringBuilder();
    for (Point p : points) {
      list.append(list.length() == 0 ? "" : " ").append(num(p.x())).append(',').append(num(p.y()));
    }
    empty("polyline", "points", list.toString(), "fill", "none");
    attributes(attributes);
  }

  void text(double x, double y, String text, String... attributes) throws XMLStreamException {
    text(x, y, text, false, attributes);
  }

  /** Text over lines and bars, with a white halo that keeps it readable. */
  void label(double x, double y, String text, String... attributes) throws XMLStreamException {
    text(x, y, text, true, attributes);
  }

  private void text(double x, double y, String text, boolean halo, String... attributes)
      throws XMLStreamException {
    xml.writeCharacters("\n");
    xml.writeStartElement("text");
    attributes("x", num(x), "y", num(y));
    attributes(attributes);
    if (halo) {
      attributes("paint-order", "stroke", "stroke", "#ffffff", "stroke-width", "3");
    }
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  /** Opens a group ({@code <g>}); {@link #end()} closes it. */
  void group(String... attributes) throws XMLStreamException {
    xml.writeCharacters("\n");
    xml.writeStartElement("g");
    attributes(attributes);
  }

  void end() throws XMLStreamException {
    xml.writeEndElement();
  }

  @Override
  public void close() throws XMLStreamException {
    xml.writeCharacters("\n");
    xml.writeEndDocument();
    xml.flush();
    xml.close();
  }

  /** A coordinate or size with at most one decimal, in the C locale. */
  static String num(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value + 0.0);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }

  private void empty(String element, String... attributes) throws XMLStreamException {
    xml.writeCharacters("\n");
    xml.writeEmptyElement(element);
    attributes(attributes);
  }

  private void attributes(String... pairs) throws XMLStreamException {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs");
    }
    for (int i = 0; i < pairs.length; i += 2) {
      xml.writeAttribute(pairs[i], pairs[i + 1]);
    }
  }
}
