/**
 * Forms as JSON and XML documents and their JSON Schemas (Jackson, Jackson XML, the Jakarta XML Binding
 * annotations, victools), and layout profiles read from YAML or JSON (Jackson YAML). No workbook or PDF library: a JSON-only integrator takes this module and the model.
 */
module io.github.medsecforms.json {
    requires transitive io.github.medsecforms.model;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.dataformat.xml;
    requires com.fasterxml.jackson.dataformat.yaml; // layout profiles
    requires org.yaml.snakeyaml; // the YAML loader's limits (aliases, nesting, size)
    requires com.fasterxml.jackson.module.jakarta.xmlbind;
    requires jakarta.xml.bind;
    requires com.github.victools.jsonschema.generator;
    requires com.github.victools.jsonschema.module.jackson;
    requires com.fasterxml.classmate; // the types victools hands to the schema customisations

    exports io.github.medsecforms.json;

    // Jackson reads the mix-ins and instantiates the (de)serializers of the internal Jackson view
    opens io.github.medsecforms.json.internal to com.fasterxml.jackson.databind;
    opens io.github.medsecforms.json.internal.xml to com.fasterxml.jackson.databind;
}
