package io.github.medsecforms.json.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.github.medsecforms.model.Choice;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.internal.io.FormIds;
import io.github.medsecforms.model.value.BedBand;
import io.github.medsecforms.model.value.EmailAddress;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.model.value.Fqdn;
import io.github.medsecforms.model.value.HospitalCode;
import io.github.medsecforms.model.value.ImageData;
import io.github.medsecforms.model.value.Ipv4Address;
import io.github.medsecforms.model.value.Ipv4Cidr;
import io.github.medsecforms.model.value.PhoneNumber;
import io.github.medsecforms.model.value.PostalCode;
import io.github.medsecforms.model.value.Secret;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

/**
 * The Jackson view of the form model, shared by JSON and XML: value types as their canonical text, choices by
 * constant name (Japanese wording accepted on input), dates ISO-8601, images as media type + Base64, secrets
 * masked, records as exactly their components, and the form id on every root document.
 */
public final class FormsModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    public FormsModule() {
        super("medsec-forms");
        value(HospitalCode.class, HospitalCode::new, HospitalCode::parse);
        value(PostalCode.class, PostalCode::new, PostalCode::parse);
        value(PhoneNumber.class, PhoneNumber::new, PhoneNumber::parse);
        value(EmailAddress.class, EmailAddress::new, EmailAddress::parse);
        value(Ipv4Address.class, null, Ipv4Address::parse);
        value(Ipv4Cidr.class, null, Ipv4Cidr::parse);
        value(Fqdn.class, Fqdn::new, Fqdn::parse);
        value(FiscalYear.class, null, FiscalYear::parse);
        value(BedBand.class, null, BedBand::parse);
        addSerializer(LocalDate.class, ToStringSerializer.instance);
        addDeserializer(LocalDate.class, new DateDeserializer());
        addSerializer(Secret.class, new SecretCodec.Serializer());
        addDeserializer(Secret.class, new SecretCodec.Deserializer());
        addSerializer(ImageData.class, new ImageDataCodec.Serializer());
        addDeserializer(ImageData.class, new ImageDataCodec.Deserializer());
        setMixInAnnotation(Form.class, FormMixin.class);
        for (Map.Entry<String, Class<? extends Form>> e : FormIds.all().entrySet()) {
            registerSubtypes(new NamedType(e.getValue(), e.getKey()));
        }
        setDeserializerModifier(new ChoiceModifier());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.insertAnnotationIntrospector(new RecordComponentsOnly());
    }

    private <T> void value(Class<T> type, Function<String, T> exact, Function<String, T> lenient) {
        addSerializer(type, ToStringSerializer.instance);
        addDeserializer(type, new ValueTypeDeserializer<>(type, exact, lenient));
    }

    /** Every enum implementing {@link Choice} reads by constant name or official wording. */
    private static final class ChoiceModifier extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        @SuppressWarnings("unchecked")
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                          BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            if (Choice.class.isAssignableFrom(type.getRawClass())) {
                return new ChoiceDeserializer((Class<? extends Enum<?>>) type.getRawClass());
            }
            return deserializer;
        }
    }
}
