# kohde in a container: `docker build -t kohde .`, or `docker compose up --build` with compose.yaml (PostgreSQL).
# Two stages: the first installs every dependency (better-sqlite3 compiles here) and builds dist/; the second keeps
# only what runs, as the unprivileged `node` user.
FROM node:24-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
# bin/ first: package.json links the CLI from it (the kohde-cli dependency).
COPY package.json package-lock.json ./
COPY bin ./bin
RUN npm ci --no-audit --no-fund --ignore-scripts && npm rebuild better-sqlite3
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    KOHDE_DATA_DIR=/data \
    NODE_COMPILE_CACHE=/tmp/kohde-compile-cache
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
COPY --from=build /app/views ./views
RUN mkdir -p /data && chown node:node /data && ln -s /app/bin/kohde.js /usr/local/bin/kohde
USER node
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# `npm start`'s command, Node flags included (bin/kohde-server.js says why; test/deploy/ holds the two equal).
CMD ["node", "--max-semi-space-size=16", "bin/kohde-server.js"]
