#!/bin/sh
# Generates the throw-away certificates the TLS tests use, into $1 (the build tree; nothing is committed).
#   server-a.{pem,key}  self-signed, SAN IP:127.0.0.1 + DNS:localhost  (the "pinned" server)
#   server-b.{pem,key}  self-signed, same names, different key          (the "changed" server)
#   ca.pem, leaf.pem    a private CA and a leaf it signed for DNS:server.example
# plus <name>.sha256 = `openssl x509 -outform DER | sha256`, the reference the tests compare Qt against.
set -eu
out=$1
mkdir -p "$out"
cd "$out"
self_signed() {
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.pem" -days 3650 \
    -subj "/CN=127.0.0.1/O=Restore Explorer Tests/OU=$1" \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" 2>/dev/null
}
fingerprint() {
  openssl x509 -in "$1.pem" -outform DER | openssl dgst -sha256 -r | cut -d' ' -f1 > "$1.sha256"
}
self_signed server-a
self_signed server-b
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 3650 \
  -subj "/CN=Restore Explorer Test CA/O=Restore Explorer Tests" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout leaf.key -out leaf.csr \
  -subj "/CN=server.example/O=Restore Explorer Tests" 2>/dev/null
printf 'subjectAltName=DNS:server.example\n' > leaf.ext
openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out leaf.pem -days 3650 \
  -extfile leaf.ext 2>/dev/null
for name in server-a server-b ca leaf; do fingerprint "$name"; done
