export const id = 406;
export const ids = [406];
export const modules = {

/***/ 1406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/lib/git/git.ts
var git_git = __webpack_require__(597);
// EXTERNAL MODULE: ./actions/lib/process/exec.ts
var exec = __webpack_require__(3179);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./actions/verify-release/signers.ts
/**
 * The `allowed-signers` input and what `git verify-tag --raw` says, as pure
 * functions: armored GPG public key blocks and SSH allowed-signers lines
 * (`principal [options] key-type base64 [comment]`, as `ssh-keygen -Y` reads them)
 * can be mixed in one value.
 */

const PGP_BLOCK = /-----BEGIN PGP PUBLIC KEY BLOCK-----[\s\S]*?-----END PGP PUBLIC KEY BLOCK-----/g;
const KEY_TYPE = /^(?:ssh-ed25519|ssh-rsa|ssh-dss|ecdsa-sha2-nistp(?:256|384|521)|sk-ssh-ed25519@openssh\.com|sk-ecdsa-sha2-nistp256@openssh\.com)$/;
/** `SHA256:<base64 without padding>` of an SSH public key blob. */
function sshFingerprint(keyBase64) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(Buffer.from(keyBase64, 'base64')).digest('base64');
    return `SHA256:${digest.replace(/=+$/, '')}`;
}
/** Splits a line on blanks, keeping `"quoted values"` (option values may hold spaces) together. */
function tokens(line) {
    return [...line.matchAll(/(?:[^\s"]+|"[^"]*")+/g)].map((m) => m[0]);
}
function parseAllowedSigners(text) {
    const gpgBlocks = [...text.matchAll(PGP_BLOCK)].map((m) => m[0]);
    const rest = text.replace(PGP_BLOCK, (block) => block.replace(/[^\n]/g, ''));
    const ssh = [];
    const problems = [];
    rest.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const parts = tokens(line);
        const at = parts.findIndex((p, j) => j > 0 && KEY_TYPE.test(p));
        const key = at > 0 ? parts[at + 1] : undefined;
        if (at < 0 || !key || !/^[A-Za-z0-9+/]+={0,2}$/.test(key)) {
            problems.push(`line ${i + 1}: expected an armored GPG public key block or an SSH allowed-signers line (principal key-type base64-key), got ${JSON.stringify(line.slice(0, 60))}`);
            return;
        }
        ssh.push({ principals: parts[0], keyType: parts[at], fingerprint: sshFingerprint(key), line });
    });
    return { gpgBlocks, ssh, problems };
}
/** Primary key fingerprints from `gpg --with-colons --list-keys --fingerprint`. */
function primaryFingerprints(colons) {
    const out = [];
    // The first `fpr` record after a `pub` record is the primary key's; later ones belong to subkeys.
    let primaryNext = false;
    for (const line of colons.split('\n')) {
        const fields = line.split(':');
        if (fields[0] === 'pub')
            primaryNext = true;
        else if (fields[0] === 'fpr') {
            if (primaryNext && fields[9])
                out.push(fields[9].toUpperCase());
            primaryNext = false;
        }
        else if (fields[0] === 'sub')
            primaryNext = false;
    }
    return out;
}
/** Reads GnuPG's `[GNUPG:]` status lines. */
function readGpgStatus(status) {
    const lines = status.split('\n').filter((l) => l.startsWith('[GNUPG:] ')).map((l) => l.slice('[GNUPG:] '.length).trim());
    const find = (word) => lines.find((l) => l.split(' ')[0] === word)?.split(' ');
    const bad = ['BADSIG', 'EXPKEYSIG', 'REVKEYSIG', 'EXPSIG'].map((w) => [w, find(w)]).find(([, f]) => f);
    if (bad) {
        const reasons = {
            BADSIG: 'the signature does not match the tag (BADSIG)',
            EXPKEYSIG: 'the signing key has expired (EXPKEYSIG)',
            REVKEYSIG: 'the signing key is revoked (REVKEYSIG)',
            EXPSIG: 'the signature has expired (EXPSIG)',
        };
        return { good: false, problem: `${reasons[bad[0]]}, key ${bad[1]?.[1] ?? '?'}` };
    }
    const err = find('ERRSIG');
    if (err) {
        const noKey = find('NO_PUBKEY');
        return {
            good: false,
            problem: noKey ? `signed by key ${noKey[1]}, which is not in allowed-signers` : `the signature cannot be checked (ERRSIG, key ${err[1] ?? '?'})`,
        };
    }
    const good = find('GOODSIG');
    const valid = find('VALIDSIG');
    if (!good || !valid)
        return { good: false, problem: 'GnuPG reported no good signature' };
    const signingKey = valid[1]?.toUpperCase();
    const primary = (valid.length > 10 ? valid[valid.length - 1] : valid[1])?.toUpperCase();
    return { good: true, ...(primary ? { primary } : {}), ...(signingKey ? { signingKey } : {}), uid: good.slice(2).join(' ') };
}
/** Reads `ssh-keygen -Y verify` output as git relays it. */
function readSshStatus(output, exitCode) {
    const m = /Good "git" signature for (\S+) with \S+ key (SHA256:[A-Za-z0-9+/]+)/.exec(output);
    if (exitCode === 0 && m)
        return { good: true, principal: m[1], fingerprint: m[2] };
    const any = /Good "git" signature with \S+ key (SHA256:[A-Za-z0-9+/]+)/.exec(output);
    if (/No principal matched/.test(output) || any) {
        return { good: false, problem: `signed by SSH key ${any?.[1] ?? '(unknown)'}, which is not in allowed-signers`, ...(any ? { fingerprint: any[1] } : {}) };
    }
    const tail = output.trim().split('\n').slice(-3).join(' ');
    return { good: false, problem: `the SSH signature does not verify${tail ? `: ${tail}` : ''}` };
}
/** The kind of signature a tag object carries, from its text. */
function signatureKind(tagObject) {
    if (tagObject.includes('-----BEGIN PGP SIGNATURE-----'))
        return 'gpg';
    if (tagObject.includes('-----BEGIN SSH SIGNATURE-----'))
        return 'ssh';
    if (tagObject.includes('-----BEGIN SIGNED MESSAGE-----'))
        return 'x509';
    return undefined;
}

;// CONCATENATED MODULE: ./actions/verify-release/checks/tag-signed.ts
/**
 * tag-signed: the release tag is an annotated tag whose signature verifies against
 * the keys in `allowed-signers`, and whose signer is one of them.
 *
 * The tag is fetched again from origin first (actions/checkout can leave a
 * lightweight tag in the job). GnuPG gets a temporary home into which only the
 * allowed keys are imported, so a key that happens to be in the runner's keyring
 * proves nothing; SSH signatures are checked against an allowed-signers file built
 * from the input. GitHub's `verification` object is reported beside, never relied on.
 */






const failed = (detail) => ({ status: 'failed', detail });
async function run(ctx) {
    const signers = parseAllowedSigners(ctx.inputs.allowedSigners);
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
    const object = (await git.git(['cat-file', 'tag', `refs/tags/${tag}`])).stdout;
    const kind = signatureKind(object);
    if (!kind)
        return failed(`tag ${tag} is annotated but not signed (git tag -s ${tag})`);
    if (kind === 'x509')
        return failed(`tag ${tag} carries an X.509 (gpgsm) signature; allowed-signers holds GPG and SSH keys only`);
    const github = await githubVerification(ctx, tag);
    const home = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'vr-gpg-'));
    try {
        const allowedFile = (0,external_node_path_.join)(home, 'allowed_signers');
        await (0,promises_.writeFile)(allowedFile, signers.ssh.map((s) => s.line).join('\n') + '\n', { mode: 0o600 });
        let allowedGpg = [];
        if (kind === 'gpg') {
            if (signers.gpgBlocks.length === 0)
                return failed(`tag ${tag} has a GPG signature, and allowed-signers lists SSH keys only${github}`);
            const gpg = (args, input) => (0,exec/* run */.eF)('gpg', ['--batch', '--no-tty', '--no-autostart', '--homedir', home, ...args], { allowFailure: true, ...(input ? { input } : {}) });
            const imported = await gpg(['--import'], signers.gpgBlocks.join('\n'));
            if (imported.exitCode !== 0)
                return failed(`the GPG keys of allowed-signers cannot be imported: ${imported.stderr.trim().split('\n').slice(-2).join(' ')}`);
            allowedGpg = primaryFingerprints((await gpg(['--with-colons', '--fingerprint', '--list-keys'])).stdout);
            if (allowedGpg.length === 0)
                return failed('allowed-signers holds no GPG public key that GnuPG can read');
        }
        else if (signers.ssh.length === 0) {
            return failed(`tag ${tag} has an SSH signature, and allowed-signers lists GPG keys only${github}`);
        }
        const verifier = new git_git/* Git */.TU(git.cwd, { ...git.options, env: { ...git.options.env, GNUPGHOME: home } });
        const verified = await verifier.git(['-c', `gpg.ssh.allowedSignersFile=${allowedFile}`, '-c', 'gpg.minTrustLevel=undefined', 'verify-tag', '--raw', '--end-of-options', `refs/tags/${tag}`], { allowFailure: true });
        const output = `${verified.stderr}\n${verified.stdout}`;
        if (kind === 'gpg') {
            const verdict = readGpgStatus(output);
            if (!verdict.good || verified.exitCode !== 0)
                return failed(`tag ${tag}: ${verdict.problem ?? 'git verify-tag refused the signature'}${github}`);
            if (!verdict.primary || !allowedGpg.includes(verdict.primary)) {
                return failed(`tag ${tag} is signed by ${verdict.primary ?? 'an unknown key'}, which is not listed in allowed-signers${github}`);
            }
            return { status: 'passed', detail: `annotated tag ${tag} signed by ${verdict.uid ?? 'an allowed key'} (GPG ${verdict.primary})${github}` };
        }
        const verdict = readSshStatus(output, verified.exitCode);
        if (!verdict.good)
            return failed(`tag ${tag}: ${verdict.problem}${github}`);
        const signer = signers.ssh.find((s) => s.fingerprint === verdict.fingerprint);
        if (!signer)
            return failed(`tag ${tag} is signed by SSH key ${verdict.fingerprint}, which is not listed in allowed-signers${github}`);
        return { status: 'passed', detail: `annotated tag ${tag} signed by ${verdict.principal} (SSH ${verdict.fingerprint})${github}` };
    }
    finally {
        await (0,exec/* run */.eF)('gpgconf', ['--homedir', home, '--kill', 'all'], { allowFailure: true }).catch(() => undefined);
        await (0,promises_.rm)(home, { recursive: true, force: true });
    }
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
