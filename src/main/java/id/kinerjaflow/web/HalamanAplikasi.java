package id.kinerjaflow.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** {@code /app/} is the home of the pages under static/app (linked from Welcome and Tasklist). */
@Configuration
class HalamanAplikasi implements WebMvcConfigurer {
  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/app/").setViewName("forward:/app/index.html");
    registry.addRedirectViewController("/app", "/app/");
  }
}
