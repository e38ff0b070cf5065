# syntax=docker/dockerfile:1
# API image: HTTP API + the built web app on port 3000. Build from the repository root:
#   docker build -f docker/api.Dockerfile -t resultatkedjan-api .
# Needs DATABASE_URL (a LOGIN role that is a member of resultatkedjan_app, not the table owner); REDIS_URL
# recommended. Migrations run separately (see docker-compose.yml, service migrate).

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true CI=true
COPY . .
# The lock file lists only linux-x64 native binaries (see .ci/run); on other platforms npm ci rejects it
# and npm install resolves the same locked versions.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund || npm install --no-audit --no-fund
RUN npx nx run-many -t build --output-style=static
RUN npm prune --omit=dev --no-audit --no-fund
# Same folder layout as the repository: workspace symlinks in node_modules point to apps/* and libs/*,
# and the API finds the web build at ../../../web/dist relative to apps/api/dist/app.
RUN mkdir -p /out/apps/api /out/apps/web \
 && cp package.json /out/ && mv node_modules /out/ \
 && cp -r apps/api/package.json apps/api/dist /out/apps/api/ \
 && cp -r fixtures /out/ \
 && cp -r apps/web/package.json apps/web/dist /out/apps/web/ \
 && for lib in libs/*/; do mkdir -p "/out/$lib" && cp -r "$lib/package.json" "$lib/dist" "/out/$lib"; done

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
COPY --from=build /out/ ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "apps/api/dist/main.js"]
