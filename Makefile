# Backend Guide. The README's two commands: `make serve` and `make test`.
# Both install what is missing first (scripts/setup.sh) and skip what is there.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
# trunk finds the pinned wasm-opt (npm binaryen 132) and wasm-bindgen here first.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

TRUNK := trunk
SUB_DIST := target/e2e/sub/guide

.PHONY: serve test setup setup-test lint unit content build build-sub e2e e2e-firefox e2e-cdn screenshots og-images icons bench wasm-profile wasm-floor clean

## Build and serve on http://127.0.0.1:8080 with live reload. The dev build
## goes to its own folder, so dist/ always holds the release build.
serve: setup
	$(TRUNK) serve --dist target/dev-dist

## Every check, in order: format, lints (host and wasm32), unit tests, the
## content checker, release builds, browser tests against them behind nginx,
## the serving checks again on Cloudflare Pages' engine.
test: setup-test lint unit content build build-sub e2e e2e-firefox e2e-cdn

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --locked -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --features csr --locked -- -D warnings

## Native tests of every crate; the model's run without leptos in its tree.
unit:
	cargo test --workspace --locked

## The content checker, with the app's own rules, over the shipped content.
content:
	cargo run --locked --quiet -p content-check -- public/content

build:
	$(TRUNK) build --release

# The same app under a sub-path, to prove links and fetches follow the base.
build-sub:
	$(TRUNK) build --release --public-url /guide/ --dist $(SUB_DIST)

e2e:
	npx playwright test -c tests/e2e

## A smoke pass over every route, search, an embed and a download in
## Debian's firefox-esr (puppeteer-core over WebDriver BiDi).
e2e-firefox:
	node tests/firefox/smoke.mjs

## The serving checks of tests/e2e/serving.spec.ts again, on Cloudflare
## Pages' asset server (wrangler, local only), against the CDN copy of dist/.
e2e-cdn:
	npx playwright test -c tests/cdn

## Full-page pictures of every route (360 and 1280 px, light and dark) in
## screenshots/, to look at; not part of `make test`.
screenshots: setup-test build build-sub
	npx playwright test -c tests/e2e/screenshots.config.ts

## The link-preview images (public/og/<section>.png, 1200×630) from site.json.
og-images: setup-test
	node scripts/og-images.mjs

## The installed app's icons (public/icons/*.png) from public/favicon.svg.
icons: setup-test
	node scripts/icons.mjs

## Size, time to content vs a static page, scale, memory, Lighthouse.
bench: setup-test build
	@[ -x node_modules/.bin/lighthouse ] || npm install --no-save --no-audit --no-fund -E lighthouse@12.2.3
	node bench/bench.mjs

## Where the release wasm's bytes go: twiggy top, by crate, dominators, from
## the same build with its name section kept (needs `cargo install twiggy`).
wasm-profile: setup
	@command -v twiggy >/dev/null || cargo install twiggy --locked
	scripts/wasm-profile.sh

## The smallest app on leptos, leptos_router and gloo-net, built as the
## guide is: the floor under the release wasm (bench/floor).
wasm-floor: setup
	scripts/wasm-floor.sh

clean:
	rm -rf dist target/e2e target/cdn
