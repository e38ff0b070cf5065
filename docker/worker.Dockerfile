# syntax=docker/dockerfile:1
# Worker image: BullMQ processors, no HTTP port. Build from the repository root:
#   docker build -f docker/worker.Dockerfile -t resultatkedjan-worker .
# Same environment as the API (DATABASE_URL as the app's LOGIN role, REDIS_URL). The build stage is the
# same as in api.Dockerfile (Dockerfiles cannot share stages); keep the two in step.

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
# Same folder layout as the repository (workspace symlinks in node_modules point to apps/* and libs/*).
RUN mkdir -p /out/apps/api \
 && cp package.json /out/ && mv node_modules /out/ \
 && cp -r apps/api/package.json apps/api/dist /out/apps/api/ \
 && cp -r fixtures /out/ \
 && for lib in libs/*/; do mkdir -p "/out/$lib" && cp -r "$lib/package.json" "$lib/dist" "/out/$lib"; done

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /out/ ./
USER node
CMD ["node", "apps/api/dist/worker.js"]
