package id.kinerjaflow.web;

import org.aopalliance.intercept.MethodInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;

/** Runs a {@link UlangBilaBentrok} method again when it lost a race, each try in a transaction of its own. */
@Configuration(proxyBeanMethods = false)
class UlangBilaBentrokConfig {
  private static final Logger log = LoggerFactory.getLogger(UlangBilaBentrokConfig.class);

  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static Advisor ulangBilaBentrok() {
    DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(AnnotationMatchingPointcut.forMethodAnnotation(UlangBilaBentrok.class),
        (MethodInterceptor) panggilan -> {
          for (int percobaan = 1; ; percobaan++) {
            try {
              return ((ProxyMethodInvocation) panggilan).invocableClone().proceed();
            } catch (RuntimeException e) {
              if (percobaan >= UlangBilaBentrok.PERCOBAAN || !Bentrok.adalah(e)) throw e;
              log.info("{} kalah balapan (percobaan {}), diulang: {}", panggilan.getMethod().getName(), percobaan, e.toString());
            }
          }
        });
    advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1); // outside @Transactional
    return advisor;
  }
}
