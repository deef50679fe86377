# Builds and runs Target Board. Used by docker-compose.yml; needs a PostgreSQL 15+ (BOARD_DB_URL).
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -DskipTests package

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 board
USER board
COPY --from=build /src/board-web/target/board-web-*.jar /app/target-board.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/target-board.jar"]
