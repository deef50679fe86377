package org.targetboard.web.system;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.targetboard.core.access.Role;
import org.targetboard.core.centre.Centre;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.core.centre.Hospital;
import org.targetboard.core.centre.HospitalCode;
import org.targetboard.registry.account.AccountRegistry;
import org.targetboard.registry.account.NewAccount;
import org.targetboard.registry.centre.CentreRegistry;

/**
 * The {@code demo} profile: three centres, the Spanish one coordinating four treating
 * hospitals, and one account per role (a coordinator per centre, a physician at the Dutch
 * centre and one at a Spanish hospital), all with the password printed in the README.
 * Never active in production; the embedded run switches it on.
 */
@Component
@Profile("demo")
@Order(1)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final CentreCode NL = new CentreCode("NL");

	private static final CentreCode ES = new CentreCode("ES");

	private static final CentreCode DE = new CentreCode("DE");

	private record DemoAccount(String username, Role role, @Nullable CentreCode centre,
			@Nullable HospitalCode hospital) {

		DemoAccount(String username, Role role, @Nullable CentreCode centre) {
			this(username, role, centre, null);
		}

	}

	/** Hospitals of the Spanish relapsed-ALL network that its NCC coordinates. */
	private static final List<Hospital> HOSPITALS = List.of(
			new Hospital(new HospitalCode("ES-SJD"), "Hospital Sant Joan de Déu Barcelona", ES),
			new Hospital(new HospitalCode("ES-VHB"), "Hospital Universitari Vall d'Hebron", ES),
			new Hospital(new HospitalCode("ES-HLP"), "Hospital Universitario La Paz", ES),
			new Hospital(new HospitalCode("ES-LFE"), "Hospital Universitari i Politècnic La Fe", ES));

	private static final List<DemoAccount> ACCOUNTS = List.of(new DemoAccount("coordinator-nl", Role.COORDINATOR, NL),
			new DemoAccount("coordinator-es", Role.COORDINATOR, ES),
			new DemoAccount("coordinator-de", Role.COORDINATOR, DE),
			new DemoAccount("physician-nl", Role.PHYSICIAN, NL),
			new DemoAccount("physician-es-sjd", Role.PHYSICIAN, ES, new HospitalCode("ES-SJD")),
			new DemoAccount("member", Role.BOARD_MEMBER, null), new DemoAccount("chair", Role.CHAIR, null),
			new DemoAccount("statistician", Role.STATISTICIAN, null), new DemoAccount("admin", Role.ADMIN, null));

	private final CentreRegistry centres;

	private final AccountRegistry accounts;

	private final PasswordEncoder passwordEncoder;

	DemoData(CentreRegistry centres, AccountRegistry accounts, PasswordEncoder passwordEncoder) {
		this.centres = centres;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.centres.registerIfAbsent(new Centre(NL, "Princess Máxima Center for Paediatric Oncology", "NL"));
		this.centres.registerIfAbsent(new Centre(ES, "Hospital Infantil Universitario Niño Jesús", "ES"));
		this.centres.registerIfAbsent(new Centre(DE, "Charité – Universitätsmedizin Berlin", "DE"));
		HOSPITALS.forEach(this.centres::registerIfAbsent);
		int created = 0;
		for (DemoAccount account : ACCOUNTS) {
			if (!this.accounts.exists(account.username())) {
				this.accounts
					.create(new NewAccount(account.username(), this.passwordEncoder.encode(PASSWORD), account.role(),
							account.centre(), account.hospital(), account.username() + "@demo.target-board.invalid"));
				created++;
			}
		}
		log.info("Demo profile: {} demo accounts created, {} present", created, ACCOUNTS.size());
	}

}
