using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Workflows.Desk.Links;

namespace Workflows.Host.Tests.Links;

public sealed class ActionLinkSignerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 16, 9, 30, 0, TimeSpan.FromHours(1));
    private static readonly string KeyA = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string KeyB = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    private static ActionLinkSigner Signer(string current = "a", params (string Id, string Key)[] keys)
    {
        var ring = new ActionLinkKeys { CurrentKeyId = current };
        foreach (var (id, key) in keys.Length == 0 ? [("a", KeyA)] : keys)
        {
            ring.Keys[id] = key;
        }

        return new ActionLinkSigner(ring);
    }

    private static ActionLinkClaims Claims(string recipient = "mario.rossi@comune.burolo.to.it") => new(
        "0123456789abcdefghjkmnpqrs",
        "AwaitingPartnerReview",
        recipient,
        ["accept", "decline", "ask-info"],
        Now.AddDays(5),
        ActionLinkClaims.LinkIdFor("0123456789abcdefghjkmnpqrs", "outbox-0001"));

    [Fact]
    public void Given_a_signed_link_when_verified_before_expiry_then_the_claims_come_back()
    {
        var signer = Signer();
        var token = signer.Create(Claims());

        var check = signer.Verify(token, Now);

        Assert.Equal(ActionLinkOutcome.Valid, check.Outcome);
        Assert.True(check.IsValid);
        Assert.Equal("a", check.KeyId);
        var claims = check.Claims!;
        Assert.Equal("0123456789abcdefghjkmnpqrs", claims.InstanceId);
        Assert.Equal("AwaitingPartnerReview", claims.Step);
        Assert.Equal(["accept", "decline", "ask-info"], claims.Actions);
        Assert.Equal(Now.AddDays(5), claims.ExpiresAt);
        Assert.Equal(Claims().LinkId, claims.LinkId);
        Assert.True(claims.Allows("decline"));
        Assert.False(claims.Allows("withdraw"));
        Assert.True(signer.IsFor(claims, "mario.rossi@comune.burolo.to.it"));
    }

    [Fact]
    public void Given_a_token_then_it_is_url_safe_and_carries_no_personal_data()
    {
        var token = Signer().Create(Claims());

        Assert.Matches("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}$", token);
        Assert.True(token.Length < 400, $"token is {token.Length} characters");
        var payload = Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(token.Split('.')[0]));
        Assert.DoesNotContain("mario", payload, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("burolo", payload, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@", payload);
    }

    [Fact]
    public void Given_a_verified_link_when_another_address_presents_it_then_it_is_not_theirs()
    {
        var signer = Signer();
        var claims = signer.Verify(signer.Create(Claims()), Now).Claims!;

        Assert.False(signer.IsFor(claims, "luigi.bianchi@comune.burolo.to.it"));
        Assert.False(signer.IsFor(claims, ""));
        Assert.True(signer.IsFor(claims, "  Mario.Rossi@Comune.Burolo.TO.it "));
    }

    [Fact]
    public void Given_a_tampered_payload_when_verified_then_it_is_forged()
    {
        var signer = Signer();
        var token = signer.Create(Claims());
        var other = signer.Create(Claims() with { Actions = ["accept", "decline", "ask-info", "withdraw"] });

        // The other token's payload with this token's signature: both well formed, signature does not match.
        var spliced = other.Split('.')[0] + "." + token.Split('.')[1];

        Assert.Equal(ActionLinkOutcome.Forged, signer.Verify(spliced, Now).Outcome);
        Assert.Null(signer.Verify(spliced, Now).Claims);
    }

    [Fact]
    public void Given_a_tampered_signature_when_verified_then_it_is_forged()
    {
        var signer = Signer();
        var token = signer.Create(Claims());
        var signature = token.Split('.')[1].ToCharArray();
        signature[10] = signature[10] == 'A' ? 'B' : 'A';

        var check = signer.Verify(token.Split('.')[0] + "." + new string(signature), Now);

        Assert.Equal(ActionLinkOutcome.Forged, check.Outcome);
    }

    [Fact]
    public void Given_a_link_signed_by_a_foreign_key_with_our_key_id_then_it_is_forged()
    {
        var ours = Signer();
        var theirs = Signer("a", ("a", KeyB));

        Assert.Equal(ActionLinkOutcome.Forged, ours.Verify(theirs.Create(Claims()), Now).Outcome);
    }

    [Fact]
    public void Given_a_key_id_not_in_the_ring_then_the_key_is_unknown()
    {
        var retired = Signer("old", ("old", KeyB));
        var signer = Signer();

        var check = signer.Verify(retired.Create(Claims()), Now);

        Assert.Equal(ActionLinkOutcome.UnknownKey, check.Outcome);
        Assert.Equal("old", check.KeyId);
    }

    [Fact]
    public void Given_a_rotated_ring_then_old_links_still_verify_and_new_links_use_the_new_key()
    {
        var before = Signer("a", ("a", KeyA));
        var oldToken = before.Create(Claims());
        var after = Signer("b", ("a", KeyA), ("b", KeyB));

        var old = after.Verify(oldToken, Now);
        var fresh = after.Verify(after.Create(Claims()), Now);

        Assert.Equal(ActionLinkOutcome.Valid, old.Outcome);
        Assert.Equal("a", old.KeyId);
        Assert.True(after.IsFor(old.Claims!, "mario.rossi@comune.burolo.to.it"));
        Assert.Equal(ActionLinkOutcome.Valid, fresh.Outcome);
        Assert.Equal("b", fresh.KeyId);
        Assert.Equal(ActionLinkOutcome.UnknownKey, before.Verify(after.Create(Claims()), Now).Outcome);
    }

    [Fact]
    public void Given_a_link_at_or_after_its_expiry_then_it_is_expired_but_still_says_what_it_was_for()
    {
        var signer = Signer();
        var token = signer.Create(Claims());

        var justBefore = signer.Verify(token, Now.AddDays(5).AddSeconds(-1));
        var atExpiry = signer.Verify(token, Now.AddDays(5));

        Assert.Equal(ActionLinkOutcome.Valid, justBefore.Outcome);
        Assert.Equal(ActionLinkOutcome.Expired, atExpiry.Outcome);
        Assert.False(atExpiry.IsValid);
        Assert.Equal("0123456789abcdefghjkmnpqrs", atExpiry.Claims!.InstanceId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData(".")]
    [InlineData("abc.")]
    [InlineData(".abc")]
    [InlineData("a.b.c")]
    [InlineData("!!!!.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("e30.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // "{}"
    [InlineData("bnVsbA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // "null"
    [InlineData("WzFd.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // "[1]"
    public void Given_garbage_when_verified_then_it_is_malformed_and_nothing_throws(string? token)
    {
        Assert.Equal(ActionLinkOutcome.Malformed, Signer().Verify(token, Now).Outcome);
    }

    [Fact]
    public void Given_an_overlong_token_then_it_is_malformed()
    {
        var signer = Signer();
        var token = signer.Create(Claims() with { Step = new string('x', ActionLinkSigner.MaxTokenLength) });

        Assert.Equal(ActionLinkOutcome.Malformed, signer.Verify(token, Now).Outcome);
    }

    [Fact]
    public void Given_a_payload_with_another_version_then_it_is_malformed_even_if_signed()
    {
        var payload = System.Buffers.Text.Base64Url.EncodeToString(
            """{"v":2,"k":"a","i":"x","s":"y","r":"z","a":["accept"],"e":1900000000,"l":"l"}"""u8);
        var signature = System.Buffers.Text.Base64Url.EncodeToString(
            HMACSHA256.HashData(Convert.FromBase64String(KeyA), Encoding.ASCII.GetBytes(payload)));

        Assert.Equal(ActionLinkOutcome.Malformed, Signer().Verify(payload + "." + signature, Now).Outcome);
    }

    [Fact]
    public void Given_the_same_email_then_its_link_id_is_stable_and_differs_between_emails()
    {
        var first = ActionLinkClaims.LinkIdFor("0123456789abcdefghjkmnpqrs", "outbox-0001");

        Assert.Equal(first, ActionLinkClaims.LinkIdFor("0123456789abcdefghjkmnpqrs", "outbox-0001"));
        Assert.NotEqual(first, ActionLinkClaims.LinkIdFor("0123456789abcdefghjkmnpqrs", "outbox-0002"));
        Assert.NotEqual(first, ActionLinkClaims.LinkIdFor("0123456789abcdefghjkmnpqrt", "outbox-0001"));
        Assert.Matches("^[0-9a-f]{32}$", first);
    }

    [Theory]
    [InlineData("a", "")]
    [InlineData("a", "c2hvcnQ=")] // "short"
    [InlineData("a", "not base64 at all")]
    [InlineData("missing", null)]
    [InlineData("bad id!", null)]
    public void Given_a_bad_key_ring_then_the_signer_refuses_it_and_validation_says_why(string id, string? key)
    {
        var ring = new ActionLinkKeys { CurrentKeyId = id == "missing" ? "missing" : id };
        ring.Keys[id == "missing" ? "a" : id] = key ?? KeyA;

        Assert.Throws<ArgumentException>(() => new ActionLinkSigner(ring));
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        Assert.False(System.ComponentModel.DataAnnotations.Validator.TryValidateObject(
            ring, new(ring), results, validateAllProperties: true));
        Assert.DoesNotContain(results, r => key is { Length: > 0 } && r.ErrorMessage!.Contains(key, StringComparison.Ordinal));
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property Any_single_character_change_is_refused()
    {
        var signer = Signer();
        var token = signer.Create(Claims());
        var positions = Gen.Choose(0, token.Length - 1);
        var replacements = Gen.Elements(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ é\0".ToCharArray());

        return Prop.ForAll(
            Arb.From(positions.Zip(replacements)),
            change =>
            {
                var (index, replacement) = change;
                if (token[index] == replacement)
                {
                    return true; // not a change
                }

                var altered = token[..index] + replacement + token[(index + 1)..];
                return signer.Verify(altered, Now).Outcome != ActionLinkOutcome.Valid;
            });
    }
}
