package id.kinerjaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerjaflow.support.ProsesTest;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's authorization checks see a group's grants as soon as they are made, and no longer once they are gone. */
@ProsesTest
class GrupBerotorisasiTest {
  static final String PENGGUNA = "pengguna-uji-grup";
  static final String GRUP = "grup-uji-baru";
  static final String FILTER = "filter-uji-grup";

  @Autowired AuthorizationService authorizationService;

  @Test
  void otorisasiPertamaSebuahGrupBerlakuSeketikaDanYangDicabutTidakLagi() {
    // Given: a group that no authorization names yet; its member may not read the filter.
    assertThat(bolehMembaca()).isFalse();

    // When: the group is granted READ on it. Then: its member may, at once and on every later check.
    Authorization izin = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    izin.setGroupId(GRUP);
    izin.setResource(Resources.FILTER);
    izin.setResourceId(FILTER);
    izin.addPermission(Permissions.READ);
    String id = authorizationService.saveAuthorization(izin).getId();
    assertThat(bolehMembaca()).isTrue();
    assertThat(bolehMembaca()).isTrue();

    // When: the grant is removed. Then: no longer (a group known to be named grants nothing by itself).
    authorizationService.deleteAuthorization(id);
    assertThat(bolehMembaca()).isFalse();
  }

  private boolean bolehMembaca() {
    return authorizationService.isUserAuthorized(PENGGUNA, List.of(GRUP), Permissions.READ, Resources.FILTER, FILTER);
  }
}
