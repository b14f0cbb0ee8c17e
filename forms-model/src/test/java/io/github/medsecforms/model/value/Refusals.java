package io.github.medsecforms.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts how a value is refused: the coded error, the input it names, and both messages. */
final class Refusals {
    private Refusals() {
    }

    /**
     * Runs {@code call} and checks it throws {@link InvalidValueException} with {@code error}, that it names
     * {@code input} exactly as given (never normalised), and that the Japanese and English messages both start with
     * the code, quote the input and leave no {@code {n}} placeholder unresolved.
     */
    static InvalidValueException refused(ThrowingCallable call, ValueError error, CharSequence input) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected %s for «%s»", error.code(), input).isInstanceOf(InvalidValueException.class);
        InvalidValueException e = (InvalidValueException) thrown;
        assertThat(e.error()).as("error for «%s»: %s", input, e.getMessage()).isEqualTo(error);
        assertThat(e.code()).isEqualTo(error.code());
        assertThat(e.input()).isEqualTo(input.toString());
        String japanese = e.getMessage();
        String english = e.getMessage(Locale.ENGLISH);
        for (String message : new String[] {japanese, english}) {
            assertThat(message).startsWith(error.code() + ": ").contains(input).doesNotContainPattern("\\{\\d+\\}");
        }
        assertThat(english).as("English differs from Japanese").isNotEqualTo(japanese);
        assertThat(e.getMessage(Locale.JAPAN)).isEqualTo(japanese);
        return e;
    }
}
