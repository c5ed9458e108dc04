using System.Text.Encodings.Web;
using CatoScim.Events.Digests.Templates;
using CatoScim.Events.Mail;
using Fluid;
using MimeKit;

namespace CatoScim.Events.Digests;

/// <summary>Renders a digest into a multipart/alternative message (plain text and HTML).</summary>
internal static class DigestRenderer
{
    private static readonly FluidParser Parser = new();
    private static readonly IFluidTemplate HtmlTemplate = Parse(DigestTemplates.Html);
    private static readonly TemplateOptions Options = CreateOptions();

    public static string Subject(DigestContent c) =>
        $"[{c.AccountName}] SCIM provisioning {c.WindowStart}\u2013{c.WindowEnd} UTC: {c.Succeeded} succeeded, {c.Failed} failed";

    public static MimeMessage Render(DigestContent content, MailboxAddress from, IEnumerable<string> recipients)
    {
        var html = HtmlTemplate.Render(new TemplateContext(content, Options), HtmlEncoder.Default);
        var text = DigestText.Render(content);
        var message = new MimeMessage { Subject = Subject(content), Body = new BodyBuilder { HtmlBody = html, TextBody = text }.ToMessageBody() };
        message.From.Add(from);
        message.To.AddRange(recipients.Select(MailboxAddress.Parse));
        return message;
    }

    private static IFluidTemplate Parse(string source) =>
        Parser.TryParse(source, out var template, out var error) ? template : throw new InvalidOperationException($"Digest template: {error}");

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions();
        options.MemberAccessStrategy.Register<DigestContent>();
        options.MemberAccessStrategy.Register<DigestDirectory>();
        options.MemberAccessStrategy.Register<ConsoleLink>();
        options.MemberAccessStrategy.Register<DigestFailure>();
        options.MemberAccessStrategy.Register<DigestDisabledUser>();
        return options;
    }
}
