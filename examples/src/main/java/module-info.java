/**
 * The examples as a consumer on the module path would write them: the front door (which brings forms-xlsx,
 * validation and the model) and, for the JSON example, forms-json. Their tests run on the module path, so they prove
 * that what a user needs is exported and what is internal stays hidden.
 */
module io.github.medsecforms.examples {
    requires io.github.medsecforms;
    requires io.github.medsecforms.json;

    exports io.github.medsecforms.examples;
}
