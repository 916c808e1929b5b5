# kinerja-flow from source: Maven builds the jar, a JRE runs it as a non-root user.
# Build stage: the dependency download is its own layer, rebuilt only when pom.xml changes.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY bpmn bpmn
COPY dmn dmn
COPY src/main src/main
RUN mvn -B -q package -Dmaven.test.skip=true \
 && cp target/kinerja-flow-*.jar /kinerja-flow.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system kinerja && useradd --system --gid kinerja --home-dir /app --shell /usr/sbin/nologin kinerja
WORKDIR /app
COPY --from=build /kinerja-flow.jar kinerja-flow.jar
USER kinerja
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/kinerja-flow.jar"]
