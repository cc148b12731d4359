package nl.weerbaar.people.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import nl.weerbaar.people.application.account.AccountForm;
import org.junit.jupiter.api.Test;

class CommonPasswordsTest {

    @Test
    void theListsAttackersTryFirstAreRefusedInAnyCase() {
        assertTrue(CommonPasswords.contains("qazwsxedcrfv"));
        assertTrue(CommonPasswords.contains("1QAZ2WSX3EDC"));
        assertFalse(CommonPasswords.contains("een-lang-wachtwoord-3f9a"));
    }

    @Test
    void anAccountFormWithACommonPasswordNamesThePasswordField() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        AccountForm form = new AccountForm();
        form.setUsername("burgemeester");
        form.setPassword("123qweasdzxc");
        var violations = validator.validate(form);
        assertEquals(1, violations.size(), violations.toString());
        assertEquals("password", violations.iterator().next().getPropertyPath().toString());
        form.setPassword("een-lang-wachtwoord-3f9a");
        assertTrue(validator.validate(form).isEmpty());
    }
}
