#!/usr/bin/env bash
# Regenerates the integrator's client (tests/SupplierMeetups.IntegratorClient/IntegratorClient.g.cs) with NSwag from
# the app's own /openapi/v1.json, by running the drift test in its writing mode. Run it after changing the API, and
# commit the file: OpenApiDocumentTests.GeneratedClient_CheckedIn_IsWhatTheCurrentDocumentGenerates fails until then.
set -euo pipefail
cd "$(dirname "$0")/../.."
# Built without the client and its journey (RegenerateClient=true), so that a stale client cannot stop this.
dotnet build tests/SupplierMeetups.IntegrationTests -v q -p:RegenerateClient=true
SUPPLIERMEETUPS_REGENERATE_CLIENT=1 dotnet test tests/SupplierMeetups.IntegrationTests --no-build \
  --filter 'FullyQualifiedName~OpenApiDocumentTests.GeneratedClient_CheckedIn_IsWhatTheCurrentDocumentGenerates'
# The client may now have operations the journey test does not know yet: it must still compile.
dotnet build tests/SupplierMeetups.IntegrationTests -v q
git status --short tests/SupplierMeetups.IntegratorClient
