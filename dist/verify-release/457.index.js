export const id = 457;
export const ids = [457];
export const modules = {

/***/ 17457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./actions/lib/git/git.ts
var git_git = __webpack_require__(80597);
// EXTERNAL MODULE: ./actions/lib/process/exec.ts
var exec = __webpack_require__(43179);
// EXTERNAL MODULE: ./actions/verify-release/signers.ts
var verify_release_signers = __webpack_require__(61837);
// EXTERNAL MODULE: ./actions/verify-release/ssh-allowed-signers.ts
var ssh_allowed_signers = __webpack_require__(12227);
;// CONCATENATED MODULE: ./actions/verify-release/ssh-signature.ts
/**
 * What an SSH-signed tag and ssh-keygen say, as plain data: the key (or certificate) inside
 * the signature, the tag's time, `ssh-keygen -Y` output as git relays it, and a certificate
 * as `ssh-keygen -L` prints it. Nothing here decides; ssh-verdict.ts explains.
 */

const ARMOR = /-----BEGIN SSH SIGNATURE-----([\s\S]*?)-----END SSH SIGNATURE-----/;
/**
 * The public key an armored SSH signature carries (PROTOCOL.sshsig: "SSHSIG", uint32
 * version, string publickey, …). For a certificate the blob is the whole certificate.
 */
function signatureKey(tagObject) {
    const armored = ARMOR.exec(tagObject)?.[1];
    if (!armored)
        return undefined;
    const sig = Buffer.from(armored.replace(/\s+/g, ''), 'base64');
    if (sig.length < 14 || sig.subarray(0, 6).toString('latin1') !== 'SSHSIG')
        return undefined;
    const n = sig.readUInt32BE(10);
    const blob = sig.subarray(14, 14 + n);
    const keyType = blob.length === n ? (0,ssh_allowed_signers/* blobKeyType */.b3)(blob) : undefined;
    if (!keyType)
        return undefined;
    return { keyType, blob: blob.toString('base64'), certificate: keyType.endsWith('-cert-v01@openssh.com') };
}
/** The fingerprint of a plain key in a signature (a certificate's comes from `ssh-keygen -L`). */
function plainKeyFingerprint(key) {
    return (0,ssh_allowed_signers/* sshFingerprint */.dN)(key.blob);
}
/** The tagger's time (the time git verifies at, `-Overify-time`) as `YYYY-MM-DDTHH:MM:SS` UTC. */
function tagTime(tagObject) {
    const m = /^tagger .* (\d+) [+-]\d{4}$/m.exec(tagObject.split('\n\n')[0] ?? '');
    return m ? new Date(Number(m[1]) * 1000).toISOString().slice(0, 19) : undefined;
}
/** `ssh-keygen -Y find-principals` / `verify` / `check-novalidate` output as `git verify-tag --raw` relays it. */
function readSshOutput(output, allowedFile) {
    const good = /Good "git" signature for (.+?) with \S+ key (SHA256:[A-Za-z0-9+/]+)/.exec(output);
    const unmatched = /Good "git" signature with \S+ key (SHA256:[A-Za-z0-9+/]+)/.exec(output);
    const reasons = [];
    const rest = [];
    for (const line of output.split('\n').map((l) => l.trim()).filter(Boolean)) {
        const at = line.startsWith(`${allowedFile}:`) ? /^:(\d+): (.*)$/.exec(line.slice(allowedFile.length)) : null;
        if (at)
            reasons.push({ line: Number(at[1]), reason: at[2] });
        else if (!/^Good "git" signature/.test(line))
            rest.push(line);
    }
    const fingerprint = good?.[2] ?? unmatched?.[1];
    return { ...(good ? { principal: good[1] } : {}), ...(fingerprint ? { fingerprint } : {}), reasons, tail: rest.slice(-3).join(' ') };
}
/** A certificate as `ssh-keygen -L -f CERT` prints it. */
function readCertificate(text) {
    const value = (label) => new RegExp(`^\\s*${label}: (.*)$`, 'm').exec(text)?.[1]?.trim();
    const fingerprint = /(SHA256:[A-Za-z0-9+/]+)/.exec(value('Public key') ?? '')?.[1];
    const ca = /(SHA256:[A-Za-z0-9+/]+)/.exec(value('Signing CA') ?? '')?.[1];
    if (!fingerprint || !ca)
        return undefined;
    const valid = value('Valid') ?? '';
    const from = /(?:from|after) (\S+)/.exec(valid)?.[1];
    const to = /(?:to|before) (\S+)/.exec(valid)?.[1];
    const principals = [];
    const block = /^\s*Principals:\s*\n((?:[ \t]{9,}\S.*\n?)*)/m.exec(text)?.[1] ?? '';
    for (const l of block.split('\n'))
        if (l.trim() && l.trim() !== '(none)')
            principals.push(l.trim());
    return { keyId: (value('Key ID') ?? '').replace(/^"|"$/g, ''), fingerprint, ca, ...(from ? { validFrom: from } : {}), ...(to ? { validTo: to } : {}), principals };
}

;// CONCATENATED MODULE: ./actions/verify-release/ssh-verdict.ts
const at = (s) => `allowed-signers line ${s.lineNo} (${s.principals})`;
const resign = (tag) => `sign the tag again with a current key of a maintainer (git tag -s -f ${tag}, then push it)`;
function sshVerdict(e) {
    if (e.exitCode === 0 && e.output.principal) {
        const good = goodDetail(e);
        if (good)
            return { good: true, detail: good };
    }
    return { good: false, problem: e.certificate ? certificateProblem(e, e.certificate) : keyProblem(e) };
}
/** The signer line that accepted the signature; undefined if none does (then it is not good). */
function goodDetail(e) {
    const cert = e.certificate;
    if (cert) {
        const ca = e.signers.find((s) => s.options.certAuthority && s.fingerprint === cert.ca);
        if (!ca)
            return undefined;
        return `signed by ${e.output.principal} (SSH certificate "${cert.keyId}" for key ${cert.fingerprint}, issued by CA ${cert.ca} of allowed-signers line ${ca.lineNo})`;
    }
    const line = e.signers.find((s) => !s.options.certAuthority && s.fingerprint === e.fingerprint);
    return line ? `signed by ${e.output.principal} (SSH ${line.fingerprint}, allowed-signers line ${line.lineNo})` : undefined;
}
/** ssh-keygen's reason about a line, in the input's terms. */
function lineProblem(e, s, reason, what) {
    const expired = /key has expired: verify time (\S+) > valid-before (\S+)/.exec(reason);
    if (expired) {
        return `${what} is listed on ${at(s)} with valid-before="${s.options.validBefore}": the key expired on ${expired[2]} UTC, and the tag was made ${expired[1]} UTC: ${resign(e.tag)}`;
    }
    const early = /key is not yet valid: verify time (\S+) < valid-after (\S+)/.exec(reason);
    if (early) {
        return `${what} is listed on ${at(s)} with valid-after="${s.options.validAfter}": the key is not yet valid (from ${early[2]} UTC), and the tag was made ${early[1]} UTC: make the tag again once the key is valid, or fix valid-after`;
    }
    if (/not permitted for use in signature namespace/.test(reason)) {
        return `${what} is listed on ${at(s)} with namespaces="${s.options.namespaces}", which excludes "git" (tags are signed in the git namespace): add git (namespaces="${s.options.namespaces},git")`;
    }
    return `${what} is refused by ${at(s)}: ssh-keygen says ${JSON.stringify(reason)}`;
}
function keyProblem(e) {
    const fp = e.fingerprint ?? e.output.fingerprint;
    const what = `tag ${e.tag} is signed by SSH key ${fp ?? '(unknown)'}, which`;
    for (const r of e.output.reasons) {
        const s = e.signers[r.line - 1];
        if (s && (s.fingerprint === fp || !fp))
            return lineProblem(e, s, r.reason, `tag ${e.tag}: its SSH key ${s.fingerprint}`);
    }
    const listed = e.signers.filter((s) => s.fingerprint === fp);
    if (listed.length > 0 && listed.every((s) => s.options.certAuthority)) {
        return `${what} ${at(listed[0])} lists as a cert-authority: such a line accepts the certificates that key issues, not signatures by the key itself; sign with a certificate (ssh-keygen -s CA -I ID -n PRINCIPAL key.pub) or list the key without cert-authority`;
    }
    if (!e.output.fingerprint && !e.output.principal)
        return `tag ${e.tag}: the SSH signature does not verify${e.output.tail ? ` (${e.output.tail})` : ''}: make the tag again with git tag -s`;
    const cas = e.signers.filter((s) => s.options.certAuthority);
    const note = cas.length > 0 ? ` (line${cas.length > 1 ? 's' : ''} ${cas.map((s) => s.lineNo).join(', ')}: cert-authority, which accept${cas.length > 1 ? '' : 's'} only certificates signed by that CA, not a plain key)` : '';
    return `${what} is not in allowed-signers${note}: add its line (principal ssh-ed25519 AAAA…) or sign with a listed key`;
}
function certificateProblem(e, cert) {
    const what = `tag ${e.tag} is signed with SSH certificate "${cert.keyId}" (key ${cert.fingerprint}, CA ${cert.ca})`;
    const ca = e.signers.find((s) => s.fingerprint === cert.ca);
    if (!ca) {
        const own = e.signers.find((s) => s.fingerprint === cert.fingerprint);
        if (own)
            return `${what}: ${at(own)} lists the certified key itself, and ssh-keygen matches a certificate only to a cert-authority line of its CA: add "PRINCIPALS cert-authority <the CA's public key>"`;
        return `${what}, whose CA is not in allowed-signers: add a cert-authority line for the CA, or sign with a listed key`;
    }
    if (!ca.options.certAuthority)
        return `${what}: ${at(ca)} lists the CA's key without cert-authority, so it does not accept the certificates it issues: write cert-authority before the key type`;
    const time = e.tagTime;
    if (time && cert.validTo && time >= cert.validTo) {
        return `${what}: the certificate expired on ${cert.validTo} UTC (valid from ${cert.validFrom ? `${cert.validFrom} UTC` : 'always'}), and the tag was made ${time} UTC: ${resign(e.tag)}`;
    }
    if (time && cert.validFrom && time < cert.validFrom) {
        return `${what}: the certificate is not yet valid (from ${cert.validFrom} UTC), and the tag was made ${time} UTC: make the tag again once the certificate is valid`;
    }
    const reason = e.output.reasons.find((r) => r.line === e.signers.indexOf(ca) + 1)?.reason;
    if (reason && /no valid principals/.test(reason)) {
        return `${what}: its principals (${cert.principals.join(', ') || 'none'}) match none of ${at(ca)}: issue the certificate for a listed principal (-n), or list its principal`;
    }
    return reason ? lineProblem(e, ca, reason, `tag ${e.tag}: the CA ${cert.ca} of its SSH certificate "${cert.keyId}"`) : `${what}, and ssh-keygen refuses it${e.output.tail ? `: ${e.output.tail}` : ''}`;
}

;// CONCATENATED MODULE: ./actions/verify-release/checks/tag-signed.ts
/**
 * tag-signed: the release tag is an annotated tag whose signature verifies against
 * the keys in `allowed-signers`, and whose signer is one of them.
 *
 * The tag is fetched again from origin first (actions/checkout can leave a
 * lightweight tag in the job). `git verify-tag` decides, as it would on a maintainer's
 * machine: GnuPG gets a temporary home into which only the allowed keys are imported,
 * so a key that happens to be in the runner's keyring proves nothing; SSH signatures
 * are checked by ssh-keygen against an allowed-signers file built from the input, at
 * the tag's time. GitHub's `verification` object is reported beside, never relied on.
 */








const failed = (detail) => ({ status: 'failed', detail });
async function run(ctx) {
    const signers = (0,verify_release_signers/* parseAllowedSigners */.pD)(ctx.inputs.allowedSigners);
    if (signers.gpgBlocks.length === 0 && signers.ssh.length === 0) {
        return failed(`allowed-signers ${signers.problems.length > 0 ? `has no usable key (${signers.problems.join('; ')})` : 'is empty'}: give the armored GPG public keys or SSH allowed-signers lines of the release maintainers`);
    }
    if (signers.problems.length > 0)
        return failed(`allowed-signers: ${signers.problems.join('; ')}`);
    await ctx.fetchTag();
    const { tag, git } = ctx;
    const type = await git.tagType(tag);
    if (!type)
        return failed(`tag ${tag} does not exist`);
    if (type === 'lightweight')
        return failed(`tag ${tag} is a lightweight tag: a release tag must be annotated and signed (git tag -s ${tag})`);
    const object = (await git.git(['cat-file', 'tag', '--end-of-options', `refs/tags/${tag}`])).stdout;
    const kind = (0,verify_release_signers/* signatureKind */.vA)(object);
    if (!kind)
        return failed(`tag ${tag} is annotated but not signed (git tag -s ${tag})`);
    if (kind === 'x509')
        return failed(`tag ${tag} carries an X.509 (gpgsm) signature; allowed-signers holds GPG and SSH keys only`);
    if (kind === 'gpg' && signers.gpgBlocks.length === 0)
        return failed(`tag ${tag} has a GPG signature, and allowed-signers lists SSH keys only`);
    if (kind === 'ssh' && signers.ssh.length === 0)
        return failed(`tag ${tag} has an SSH signature, and allowed-signers lists GPG keys only`);
    const github = await githubVerification(ctx, tag);
    const home = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'vr-gpg-'));
    try {
        const result = kind === 'gpg' ? await verifyGpg(ctx, signers, home) : await verifySsh(ctx, signers, object, home);
        return { ...result, detail: `${result.detail}${github}` };
    }
    finally {
        await (0,exec/* run */.eF)('gpgconf', ['--homedir', home, '--kill', 'all'], { allowFailure: true }).catch(() => undefined);
        await (0,promises_.rm)(home, { recursive: true, force: true });
    }
}
/** `git verify-tag --raw` with only the allowed keys: GNUPGHOME and gpg.ssh.allowedSignersFile in `home`. */
async function verifyTag(ctx, home, allowedFile) {
    const { git, tag } = ctx;
    // TZ=UTC: ssh-keygen prints and reads validity times in local time; the messages say UTC.
    const verifier = new git_git/* Git */.TU(git.cwd, { ...git.options, env: { ...git.options.env, GNUPGHOME: home, TZ: 'UTC' } });
    const verified = await verifier.git(['-c', `gpg.ssh.allowedSignersFile=${allowedFile}`, '-c', 'gpg.minTrustLevel=undefined', 'verify-tag', '--raw', '--end-of-options', `refs/tags/${tag}`], { allowFailure: true });
    return { exitCode: verified.exitCode, output: `${verified.stdout}\n${verified.stderr}` };
}
async function verifyGpg(ctx, signers, home) {
    const { tag } = ctx;
    const gpg = (args, input) => (0,exec/* run */.eF)('gpg', ['--batch', '--no-tty', '--no-autostart', '--homedir', home, ...args], { allowFailure: true, ...(input ? { input } : {}) });
    const imported = await gpg(['--import'], signers.gpgBlocks.join('\n'));
    if (imported.exitCode !== 0)
        return failed(`the GPG keys of allowed-signers cannot be imported: ${imported.stderr.trim().split('\n').slice(-2).join(' ')}`);
    const allowedGpg = (0,verify_release_signers/* primaryFingerprints */._G)((await gpg(['--with-colons', '--fingerprint', '--list-keys'])).stdout);
    if (allowedGpg.length === 0)
        return failed('allowed-signers holds no GPG public key that GnuPG can read');
    const verified = await verifyTag(ctx, home, (0,external_node_path_.join)(home, 'allowed_signers'));
    let verdict = (0,verify_release_signers/* readGpgStatus */.P7)(verified.output);
    if (verdict.revoked && verdict.primary)
        verdict = (0,verify_release_signers/* readGpgStatus */.P7)(verified.output, (0,verify_release_signers/* revocationOf */.Er)((await gpg(['--with-colons', '--list-sigs', '--', verdict.primary])).stdout));
    if (!verdict.good || verified.exitCode !== 0)
        return failed(`tag ${tag}: ${verdict.problem ?? 'git verify-tag refused the signature'}`);
    if (!verdict.primary || !allowedGpg.includes(verdict.primary))
        return failed(`tag ${tag} is signed by ${verdict.primary ?? 'an unknown key'}, which is not listed in allowed-signers`);
    return { status: 'passed', detail: `annotated tag ${tag} signed by ${verdict.uid ?? 'an allowed key'} (GPG ${verdict.primary})` };
}
async function verifySsh(ctx, signers, object, home) {
    const allowedFile = (0,external_node_path_.join)(home, 'allowed_signers');
    await (0,promises_.writeFile)(allowedFile, signers.ssh.map((s) => s.line).join('\n') + '\n', { mode: 0o600 });
    const verified = await verifyTag(ctx, home, allowedFile);
    const key = signatureKey(object);
    const certificate = key?.certificate ? await readCertificateOf(key.keyType, key.blob, home) : undefined;
    const time = tagTime(object);
    const verdict = sshVerdict({
        tag: ctx.tag,
        signers: signers.ssh,
        exitCode: verified.exitCode,
        output: readSshOutput(verified.output, allowedFile),
        ...(key && !key.certificate ? { fingerprint: plainKeyFingerprint(key) } : {}),
        ...(certificate ? { certificate } : {}),
        ...(time ? { tagTime: time } : {}),
    });
    return verdict.good ? { status: 'passed', detail: `annotated tag ${ctx.tag} ${verdict.detail}` } : failed(verdict.problem);
}
/** The certificate inside a signature, as `ssh-keygen -L` reads it (in UTC). */
async function readCertificateOf(keyType, blob, home) {
    const file = (0,external_node_path_.join)(home, 'signer-cert.pub');
    await (0,promises_.writeFile)(file, `${keyType} ${blob}\n`, { mode: 0o600 });
    const listed = await (0,exec/* run */.eF)('ssh-keygen', ['-L', '-f', file], { allowFailure: true, env: { TZ: 'UTC' } });
    return listed.exitCode === 0 ? readCertificate(listed.stdout) : undefined;
}
/** `; GitHub: verified (valid)` — reported only; a missing token or API answer says so. */
async function githubVerification(ctx, tag) {
    const client = await ctx.github();
    if (!client)
        return '; GitHub verification not looked up (no token)';
    try {
        const sha = await ctx.git.out(['rev-parse', '--verify', '--end-of-options', `refs/tags/${tag}`]);
        const { data } = await client.rest.git.getTag({ owner: ctx.run.owner, repo: ctx.run.repo, tag_sha: sha });
        const v = data.verification;
        return `; GitHub: ${v?.verified ? 'verified' : 'not verified'} (${v?.reason ?? 'no verification object'}), reported only`;
    }
    catch (err) {
        const status = err.status;
        return `; GitHub verification unavailable (${status ? `HTTP ${status}` : err.message})`;
    }
}


/***/ })

};
