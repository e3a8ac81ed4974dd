using System.Security.Claims;
using System.Text.Json;
using Justice.Domain.Common;
using Justice.Domain.Identity;
using Justice.Domain.PortalContent;
using Justice.GraphQL.Common;
using Microsoft.EntityFrameworkCore;

namespace Justice.GraphQL.Tests.PortalContent;

/// <summary>Text search over answered questions (with or without diacritics), drafts by state, and comments on a draft.</summary>
public class QuestionSearchAndDraftCommentTests(QuestionSearchAndDraftCommentTests.Host host) : IClassFixture<QuestionSearchAndDraftCommentTests.Host>
{
    public sealed class Host : GraphQLHost;

    private const string Comment = """
        mutation($input: CommentOnDraftConsultationInput!) {
          commentOnDraftConsultation(input: $input) { comment { submittedAt provision consultation { id title } } errors { code message } }
        }
        """;

    private static Claim[] As(string who) => who switch
    {
        "anonymous" => TestCallers.Anonymous,
        "citizen" => TestCallers.Citizen("001090000001"),
        "commune-officer" => TestCallers.Staff("ho-tich@xa.gov.vn", [StaffRoles.CivilRegistryOfficer], null, null),
        "ministry-read" => TestCallers.Client("demo-ministry", null, [.. JusticeScopes.AllRead]),
        "editor" => TestCallers.Staff("bien-tap@moj.gov.vn", [StaffRoles.PortalEditor], null, null),
        "admin" => TestCallers.Administrator(),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    private async Task<List<JsonElement>> SearchAsync(string query, string who = "anonymous", string? field = null)
    {
        var response = await host.PostAsync("""
            query($q: String, $field: LegalField) {
              legalQuestions(query: $q, field: $field, first: 100) { totalCount items { id title questionText answerText status field askerName } }
            }
            """, new { q = query, field }, As(who));
        response.AssertNoErrors();
        return response.Data.GetProperty("legalQuestions").GetProperty("items").EnumerateArray().ToList();
    }

    private static string Folded(JsonElement q) =>
        VietnameseText.Fold($"{q.GetProperty("title").GetString()} {q.GetProperty("questionText").GetString()} {q.GetProperty("answerText").GetString()}");

    [Theory]
    [InlineData("anonymous")]
    [InlineData("citizen")]
    [InlineData("commune-officer")]
    [InlineData("ministry-read")]
    [InlineData("editor")]
    [InlineData("admin")]
    public async Task Anyone_searches_the_published_answers_with_or_without_diacritics(string who)
    {
        var sample = (await SearchAsync("", who))[0];
        var word = sample.GetProperty("title").GetString()!.Split(' ').OrderByDescending(w => w.Length).First();

        var accented = await SearchAsync(word, who);
        var unaccented = await SearchAsync(VietnameseText.Fold(word).ToUpperInvariant(), who);

        Assert.Contains(accented, q => q.GetProperty("id").GetString() == sample.GetProperty("id").GetString());
        Assert.Equal(accented.Select(q => q.GetProperty("id").GetString()), unaccented.Select(q => q.GetProperty("id").GetString()));
        Assert.All(accented, q =>
        {
            Assert.Equal("PUBLISHED", q.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, q.GetProperty("askerName").ValueKind);
            Assert.Contains(VietnameseText.Fold(word), Folded(q));
        });
    }

    [Fact]
    public async Task Every_word_must_match_and_the_field_still_filters()
    {
        var all = await SearchAsync("");
        var sample = all.First(q => q.GetProperty("field").GetString() == "LAND");
        var words = VietnameseText.Fold(sample.GetProperty("title").GetString()!).Split(' ').Where(w => w.Length > 3).Take(2).ToArray();

        var found = await SearchAsync(string.Join(' ', words), field: "LAND");
        var nothing = await SearchAsync(words[0] + " xyzkhongcotu");
        var wrongField = await SearchAsync(string.Join(' ', words), field: "CRIMINAL");

        Assert.Contains(found, q => q.GetProperty("id").GetString() == sample.GetProperty("id").GetString());
        Assert.All(found, q => Assert.Equal("LAND", q.GetProperty("field").GetString()));
        Assert.Empty(nothing);
        Assert.DoesNotContain(wrongField, q => q.GetProperty("id").GetString() == sample.GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_unpublished_question_is_never_found_by_the_public_and_pages_continue_with_after()
    {
        var waiting = await host.WithDbAsync(db => db.Set<LegalQuestion>().AsNoTracking().FirstAsync(q => q.Status == LegalQuestionStatus.Received));
        Assert.DoesNotContain(await SearchAsync(waiting.Title), q => q.GetProperty("id").GetString() == GlobalId.Encode("LegalQuestion", waiting.Id));

        var word = VietnameseText.Fold((await SearchAsync(""))[0].GetProperty("title").GetString()!.Split(' ')[0]);
        var first = await host.PostAsync("query($q: String) { legalQuestions(query: $q, first: 1) { totalCount pageInfo { endCursor hasNextPage } items { id } } }", new { q = word });
        var page = first.AssertNoErrors().Data.GetProperty("legalQuestions");
        if (page.GetProperty("totalCount").GetInt32() < 2) return;
        var second = await host.PostAsync("query($q: String, $after: String) { legalQuestions(query: $q, first: 1, after: $after) { items { id } } }",
            new { q = word, after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString() });
        Assert.NotEqual(page.GetProperty("items")[0].GetProperty("id").GetString(),
            second.AssertNoErrors().Data.GetProperty("legalQuestions").GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_search_longer_than_the_limit_is_refused_with_a_stable_code()
    {
        var response = await host.PostAsync("query($q: String) { legalQuestions(query: $q) { totalCount } }", new { q = new string('a', 201) });
        Assert.Contains("INVALID_ARGUMENT", response.ErrorCodes);
    }

    [Fact]
    public async Task Drafts_are_listed_open_or_closed()
    {
        var response = await host.PostAsync("""
            query {
              open: draftConsultations(openOnly: true) { totalCount items { isOpen closesOn } }
              closed: draftConsultations(closedOnly: true) { totalCount items { isOpen closesOn } }
              all: draftConsultations { totalCount }
            }
            """);
        response.AssertNoErrors();
        var open = response.Data.GetProperty("open");
        var closed = response.Data.GetProperty("closed");
        Assert.All(open.GetProperty("items").EnumerateArray(), d => Assert.True(d.GetProperty("isOpen").GetBoolean()));
        Assert.All(closed.GetProperty("items").EnumerateArray(), d => Assert.False(d.GetProperty("isOpen").GetBoolean()));
        Assert.True(closed.GetProperty("totalCount").GetInt32() > 0);
        Assert.Equal(response.Data.GetProperty("all").GetProperty("totalCount").GetInt32(),
            open.GetProperty("totalCount").GetInt32() + closed.GetProperty("totalCount").GetInt32());
    }

    private async Task<(string Open, string Closed)> DraftIdsAsync()
    {
        var drafts = await host.WithDbAsync(db => db.Set<DraftConsultation>().AsNoTracking().ToListAsync());
        var today = VietnamTime.LocalDate(DateTime.UtcNow);
        return (GlobalId.Encode("DraftConsultation", drafts.First(d => d.IsOpenOn(today)).Id),
            GlobalId.Encode("DraftConsultation", drafts.First(d => d.ClosesOn < today).Id));
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("citizen")]
    [InlineData("commune-officer")]
    [InlineData("editor")]
    [InlineData("admin")]
    public async Task Anyone_comments_on_an_open_draft_and_the_receipt_shows_no_personal_data(string who)
    {
        var (open, _) = await DraftIdsAsync();
        var email = $"gop-y-{Guid.NewGuid():N}@example.vn";

        var response = await host.PostAsync(Comment, new
        {
            input = new { consultationId = open, name = "Lê Thị Hồng", email, organisation = "Công ty Luật Minh An", provision = "Điều 15, khoản 2", content = "Đề nghị làm rõ thời hạn." },
        }, As(who));

        response.AssertNoErrors();
        var comment = response.Data.GetProperty("commentOnDraftConsultation").GetProperty("comment");
        Assert.Equal(open, comment.GetProperty("consultation").GetProperty("id").GetString());
        Assert.Equal("Điều 15, khoản 2", comment.GetProperty("provision").GetString());
        Assert.DoesNotContain(email, response.Text);
        var stored = await host.WithDbAsync(db => db.Set<ConsultationComment>().AsNoTracking().SingleAsync(c => c.Email == email));
        Assert.Equal("Lê Thị Hồng (Công ty Luật Minh An)", stored.CommenterName);
        Assert.Equal("Đề nghị làm rõ thời hạn.", stored.Content);
    }

    [Theory]
    [InlineData("closed", "Lê Văn Tám", "tam@example.vn", "Ý kiến", null, "CONSULTATION_CLOSED")]
    [InlineData("open", "", "tam@example.vn", "Ý kiến", null, "TEXT_REQUIRED")]
    [InlineData("open", "Lê Văn Tám", "không-phải-email", "Ý kiến", null, "EMAIL_INVALID")]
    [InlineData("open", "Lê Văn Tám", "tam@example.vn", "   ", null, "TEXT_REQUIRED")]
    [InlineData("open", "Lê Văn Tám", "tam@example.vn", "Ý kiến", "long", "TEXT_TOO_LONG")]
    [InlineData("missing", "Lê Văn Tám", "tam@example.vn", "Ý kiến", null, "NOT_FOUND")]
    public async Task A_refused_comment_comes_back_with_a_stable_code_and_nothing_is_saved(string draft, string name, string email, string content,
        string? organisation, string code)
    {
        var (open, closed) = await DraftIdsAsync();
        var id = draft switch { "open" => open, "closed" => closed, _ => GlobalId.Encode("DraftConsultation", Guid.NewGuid()) };
        var before = await host.WithDbAsync(db => db.Set<ConsultationComment>().CountAsync());

        var response = await host.PostAsync(Comment, new
        {
            input = new { consultationId = id, name, email, content, organisation = organisation is null ? null : new string('T', 151) },
        });

        response.AssertNoErrors();
        var payload = response.Data.GetProperty("commentOnDraftConsultation");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("comment").ValueKind);
        Assert.Equal(code, payload.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(payload.GetProperty("errors")[0].GetProperty("message").GetString()));
        Assert.Equal(before, await host.WithDbAsync(db => db.Set<ConsultationComment>().CountAsync()));
    }

    [Fact]
    public async Task A_comment_on_something_that_is_not_a_draft_is_a_request_error()
    {
        var response = await host.PostAsync(Comment, new
        {
            input = new { consultationId = GlobalId.Encode("NewsArticle", Guid.NewGuid()), name = "A", email = "a@example.vn", content = "B" },
        });
        Assert.Contains("INVALID_ID", response.ErrorCodes);
    }
}
