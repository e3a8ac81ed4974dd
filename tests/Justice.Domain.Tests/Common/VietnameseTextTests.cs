using System.Text;
using Justice.Domain.Common;

namespace Justice.Domain.Tests.Common;

public class VietnameseTextTests
{
    [Fact]
    public void Normalize_turns_decomposed_input_into_composed_form()
    {
        var decomposed = "Nguyễn Thị Hương".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Nguyễn Thị Hương", decomposed);

        var normalized = VietnameseText.Normalize(decomposed);

        Assert.Equal("Nguyễn Thị Hương", normalized);
        Assert.True(normalized.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Normalize_trims_and_collapses_inner_whitespace()
    {
        Assert.Equal("Bộ luật Dân sự", VietnameseText.Normalize("  Bộ   luật\tDân\n sự "));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Required_refuses_blank_text_with_a_stable_code(string? value)
    {
        var error = Assert.Throws<DomainException>(() => VietnameseText.Required(value, "Họ và tên"));
        Assert.Equal("TEXT_REQUIRED", error.Code);
        Assert.Contains("Họ và tên", error.Message);
    }

    [Fact]
    public void Required_refuses_text_longer_than_the_limit()
    {
        var error = Assert.Throws<DomainException>(() => VietnameseText.Required(new string('a', 11), "Tên", maxLength: 10));
        Assert.Equal("TEXT_TOO_LONG", error.Code);
    }

    [Theory]
    [InlineData("Hôn nhân và gia đình", "hon nhan va gia dinh")]
    [InlineData("ĐĂNG KÝ KẾT HÔN", "dang ky ket hon")]
    [InlineData("Thừa Thiên Huế", "thua thien hue")]
    public void Fold_removes_case_and_diacritics_including_d_with_stroke(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.Fold(input));
        Assert.Equal(expected, VietnameseText.Fold(input.Normalize(NormalizationForm.FormD)));
    }
}
