using System.Text;
using Microsoft.Extensions.Time.Testing;
using Workflows.Host.Email;

namespace Workflows.Host.Tests.Email;

public sealed class SendGridWebhookVerifierTests
{
    private static readonly DateTimeOffset Now = SendGridSigningKey.Now;

    [Fact]
    public void Given_a_batch_signed_with_the_configured_key_then_it_is_valid()
    {
        using var key = new SendGridSigningKey();
        var verifier = new SendGridWebhookVerifier(key.Options(), new FakeTimeProvider(Now));
        var body = SendGridSigningKey.Batch();
        var timestamp = SendGridSigningKey.Timestamp(Now.AddSeconds(-20));

        Assert.Equal(SendGridWebhookOutcome.Valid, verifier.Verify(key.Sign(timestamp, body), timestamp, body));
    }

    [Fact]
    public void Given_one_changed_byte_in_the_body_then_the_signature_is_bad()
    {
        using var key = new SendGridSigningKey();
        var verifier = new SendGridWebhookVerifier(key.Options(), new FakeTimeProvider(Now));
        var body = SendGridSigningKey.Batch();
        var timestamp = SendGridSigningKey.Timestamp(Now);
        var signature = key.Sign(timestamp, body);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("\"bounce\",\"type\"", "\"delivered\",\"type\""));

        Assert.Equal(SendGridWebhookOutcome.BadSignature, verifier.Verify(signature, timestamp, tampered));
    }

    [Fact]
    public void Given_a_changed_timestamp_header_then_the_signature_is_bad()
    {
        using var key = new SendGridSigningKey();
        var verifier = new SendGridWebhookVerifier(key.Options(), new FakeTimeProvider(Now));
        var body = SendGridSigningKey.Batch();
        var signature = key.Sign(SendGridSigningKey.Timestamp(Now.AddMinutes(-30)), body);

        // A replay with a fresh timestamp does not carry a valid signature.
        Assert.Equal(SendGridWebhookOutcome.BadSignature, verifier.Verify(signature, SendGridSigningKey.Timestamp(Now), body));
    }

    [Fact]
    public void Given_a_batch_signed_by_another_key_then_the_signature_is_bad()
    {
        using var configured = new SendGridSigningKey();
        using var other = new SendGridSigningKey();
        var verifier = new SendGridWebhookVerifier(configured.Options(), new FakeTimeProvider(Now));
        var body = SendGridSigningKey.Batch();
        var timestamp = SendGridSigningKey.Timestamp(Now);

        Assert.Equal(SendGridWebhookOutcome.BadSignature, verifier.Verify(other.Sign(timestamp, body), timestamp, body));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void Given_a_genuine_signature_over_a_timestamp_more_than_five_minutes_off_then_it_is_stale(int seconds)
    {
        using var key = new SendGridSigningKey();
        var verifier = new SendGridWebhookVerifier(key.Options(), new FakeTimeProvider(Now));
        var body = SendGridSigningKey.Batch();
        var timestamp = SendGridSigningKey.Timestamp(Now.AddSeconds(seconds));

        Assert.Equal(SendGridWebhookOutcome.StaleTimestamp, verifier.Verify(key.Sign(timestamp, body), timestamp, body));
    }

    [Fact]
    public void Given_the_clock_moves_past_five_minutes_then_the_same_request_goes_stale()
    {
        using var key = new SendGridSigningKey();
        var time = new FakeTimeProvider(Now);
        var verifier = new SendGridWebhookVerifier(key.Options(), time);
        var body = SendGridSigningKey.Batch();
        var timestamp = SendGridSigningKey.Timestamp(Now);
        var signature = key.Sign(timestamp, body);

        time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(SendGridWebhookOutcome.Valid, verifier.Verify(signature, timestamp, body));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(SendGridWebhookOutcome.StaleTimestamp, verifier.Verify(signature, timestamp, body));
    }

    [Theory]
    [InlineData(null, "1773651600")]
    [InlineData("MEUCIQ==", null)]
    [InlineData("", "")]
    public void Given_a_missing_header_then_the_signature_is_missing(string? signature, string? timestamp)
    {
        using var key = new SendGridSigningKey();
        var verifier = new SendGridWebhookVerifier(key.Options(), new FakeTimeProvider(Now));

        Assert.Equal(SendGridWebhookOutcome.MissingSignature, verifier.Verify(signature, timestamp, SendGridSigningKey.Batch()));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    [InlineData("MEUCIQDx")]
    public void Given_a_signature_that_is_not_der_then_it_is_bad_and_nothing_throws(string signature)
    {
        using var key = new SendGridSigningKey();
        var verifier = new SendGridWebhookVerifier(key.Options(), new FakeTimeProvider(Now));

        Assert.Equal(
            SendGridWebhookOutcome.BadSignature,
            verifier.Verify(signature, SendGridSigningKey.Timestamp(Now), SendGridSigningKey.Batch()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("bm90IGEga2V5")]
    [InlineData("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE")]
    public void Given_a_key_that_is_not_a_p256_public_key_then_configuration_is_refused(string publicKey)
    {
        var options = new SendGridWebhookOptions { PublicKey = publicKey };

        Assert.Throws<ArgumentException>(() => new SendGridWebhookVerifier(
            Microsoft.Extensions.Options.Options.Create(options), new FakeTimeProvider(Now)));
    }

    [Fact]
    public void Given_a_p384_key_then_configuration_is_refused()
    {
        using var p384 = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP384);
        var options = new SendGridWebhookOptions { PublicKey = Convert.ToBase64String(p384.ExportSubjectPublicKeyInfo()) };

        Assert.Contains(options.Validate(new(options)), r => r.MemberNames.Contains(nameof(SendGridWebhookOptions.PublicKey)));
    }
}
