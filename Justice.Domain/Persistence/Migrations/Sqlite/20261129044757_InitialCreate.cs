using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Justice.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AdministrativeUnit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SuccessorId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdministrativeUnit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdministrativeUnit_AdministrativeUnit_ParentId",
                        column: x => x.ParentId,
                        principalTable: "AdministrativeUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdministrativeUnit_AdministrativeUnit_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "AdministrativeUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditLogEntry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Fields = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLogEntry", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CodificationSubject",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodificationSubject", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConferenceChange",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndpointIds = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConferenceChange", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "DraftConsultation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DraftingAgency = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    DocumentUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DraftConsultation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LegalQuestion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrackingCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AskerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AskerEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    QuestionText = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    AnswerText = table.Column<string>(type: "text", maxLength: 500, nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RejectedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalQuestion", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NewsArticle",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsArticle", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OnlineContest",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    OpensAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosesAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TimeLimitMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnlineContest", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClientSecret = table.Column<string>(type: "text", nullable: true),
                    ClientType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ConcurrencyToken = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ConsentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    DisplayName = table.Column<string>(type: "text", nullable: true),
                    DisplayNames = table.Column<string>(type: "text", nullable: true),
                    JsonWebKeySet = table.Column<string>(type: "text", nullable: true),
                    Permissions = table.Column<string>(type: "text", nullable: true),
                    PostLogoutRedirectUris = table.Column<string>(type: "text", nullable: true),
                    Properties = table.Column<string>(type: "text", nullable: true),
                    RedirectUris = table.Column<string>(type: "text", nullable: true),
                    Requirements = table.Column<string>(type: "text", nullable: true),
                    Settings = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictApplications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictScopes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyToken = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Descriptions = table.Column<string>(type: "text", nullable: true),
                    DisplayName = table.Column<string>(type: "text", nullable: true),
                    DisplayNames = table.Column<string>(type: "text", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Properties = table.Column<string>(type: "text", nullable: true),
                    Resources = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictScopes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AvailableAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessage", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutgoingEmail",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TemplateKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TemplateVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    FromAddress = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    FromName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReplyTo = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    ToAddresses = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    HtmlBody = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    TextBody = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    CalendarMethod = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    CalendarContent = table.Column<string>(type: "text", maxLength: 500, nullable: true),
                    ListUnsubscribeUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutgoingEmail", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Person",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlaceOfBirth = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HomeTown = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Ethnicity = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Nationality = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PersonalIdNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Person", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportingPeriod",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    CoversFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CoversTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ActualDataUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingPeriod", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StatisticalForm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UnitOfMeasure = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticalForm", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuctionNoticeSubscription",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    SubscriberName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProvinceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssetType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UnsubscribeToken = table.Column<string>(type: "TEXT", maxLength: 43, nullable: false),
                    UnsubscribedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuctionNoticeSubscription", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuctionNoticeSubscription_AdministrativeUnit_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "AdministrativeUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Organisation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    AdministrativeUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organisation_AdministrativeUnit_AdministrativeUnitId",
                        column: x => x.AdministrativeUnitId,
                        principalTable: "AdministrativeUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Organisation_Organisation_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationComment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConsultationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommenterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Provision = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Content = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationComment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationComment_DraftConsultation_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "DraftConsultation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContestAttempt",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    ProvinceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    QuestionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestAttempt", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestAttempt_AdministrativeUnit_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "AdministrativeUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestAttempt_OnlineContest_ContestId",
                        column: x => x.ContestId,
                        principalTable: "OnlineContest",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContestQuestion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OptionA = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OptionB = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OptionC = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OptionD = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CorrectOption = table.Column<int>(type: "INTEGER", nullable: false),
                    OnlineContestId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestQuestion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestQuestion_OnlineContest_OnlineContestId",
                        column: x => x.OnlineContestId,
                        principalTable: "OnlineContest",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictAuthorizations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyToken = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CreationDate = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Properties = table.Column<string>(type: "text", nullable: true),
                    Scopes = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictAuthorizations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpenIddictAuthorizations_OpenIddictApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "OpenIddictApplications",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Indicator",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Axis = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    StatisticalFormId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicator", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicator_StatisticalForm_StatisticalFormId",
                        column: x => x.StatisticalFormId,
                        principalTable: "StatisticalForm",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    JurisdictionUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonalIdNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_AdministrativeUnit_JurisdictionUnitId",
                        column: x => x.JurisdictionUnitId,
                        principalTable: "AdministrativeUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssetOwner",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProvinceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssetOwner", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssetOwner_AdministrativeUnit_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "AdministrativeUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssetOwner_Organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AuctionOrganisation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ProvinceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuctionOrganisation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuctionOrganisation_AdministrativeUnit_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "AdministrativeUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AuctionOrganisation_Organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CodificationTopic",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AssignedMinistryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    AppraisalRemarks = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApprovalDecision = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodificationTopic", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CodificationTopic_CodificationSubject_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "CodificationSubject",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CodificationTopic_Organisation_AssignedMinistryId",
                        column: x => x.AssignedMinistryId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConferenceEndpoint",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProvinceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConferenceEndpoint", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConferenceEndpoint_AdministrativeUnit_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "AdministrativeUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConferenceEndpoint_Organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnforcementCase",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnforcementOfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    JudgmentCourtName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    JudgmentCourtId = table.Column<Guid>(type: "TEXT", nullable: true),
                    JudgmentNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    JudgmentDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionIssuedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OfficerBadgeNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    StatusChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IsListedWithoutConditions = table.Column<bool>(type: "INTEGER", nullable: false),
                    ListedSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MoneyObligationTotal = table.Column<long>(type: "INTEGER", nullable: false),
                    CollectedTotal = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementCase", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementCase_AdministrativeUnit_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "AdministrativeUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EnforcementCase_Organisation_EnforcementOfficeId",
                        column: x => x.EnforcementOfficeId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EnforcementCase_Organisation_JudgmentCourtId",
                        column: x => x.JudgmentCourtId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JudicialRecord",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlaceOfBirth = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Nationality = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PersonalIdNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    KeeperOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JudicialRecord", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JudicialRecord_Organisation_KeeperOrganisationId",
                        column: x => x.KeeperOrganisationId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JudicialRecord_Person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JudicialRecordCertificateApplication",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrackingCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ApplicantFullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApplicantSex = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ApplicantDateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ApplicantPersonalIdNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    ApplicantAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CertificateType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Copies = table.Column<int>(type: "INTEGER", nullable: false),
                    Delivery = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    IncludeManagementPostBans = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsComplex = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProcessingOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IssuedCertificateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JudicialRecordCertificateApplication", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JudicialRecordCertificateApplication_Organisation_ProcessingOrganisationId",
                        column: x => x.ProcessingOrganisationId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LegalDocument",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IssuingBodyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IssuingBodyName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignerTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpiryDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GazetteDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ProvinceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Fields = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalDocument", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalDocument_AdministrativeUnit_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "AdministrativeUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LegalDocument_Organisation_IssuingBodyId",
                        column: x => x.IssuingBodyId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegisterBook",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    BookNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    LastEntryNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    IsClosed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterBook", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegisterBook_Organisation_AuthorityId",
                        column: x => x.AuthorityId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportingUnit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ReportsToId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingUnit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportingUnit_Organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportingUnit_ReportingUnit_ReportsToId",
                        column: x => x.ReportsToId,
                        principalTable: "ReportingUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContestAnswer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChosenOption = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ContestAttemptId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestAnswer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestAnswer_ContestAttempt_ContestAttemptId",
                        column: x => x.ContestAttemptId,
                        principalTable: "ContestAttempt",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContestAnswer_ContestQuestion_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "ContestQuestion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyToken = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CreationDate = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ExpirationDate = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Payload = table.Column<string>(type: "text", nullable: true),
                    Properties = table.Column<string>(type: "text", nullable: true),
                    RedemptionDate = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReferenceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpenIddictTokens_OpenIddictApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "OpenIddictApplications",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_OpenIddictTokens_OpenIddictAuthorizations_AuthorizationId",
                        column: x => x.AuthorizationId,
                        principalTable: "OpenIddictAuthorizations",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Auctioneer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PracticeCertificateNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AuctionOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Auctioneer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Auctioneer_AuctionOrganisation_AuctionOrganisationId",
                        column: x => x.AuctionOrganisationId,
                        principalTable: "AuctionOrganisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AuctionOrganisationSelectionNotice",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssetOwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssetDescription = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    AssetType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    StartingPrice = table.Column<long>(type: "INTEGER", nullable: false),
                    SelectionCriteria = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmissionDeadline = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProvinceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SelectedAuctionOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SelectedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuctionOrganisationSelectionNotice", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuctionOrganisationSelectionNotice_AdministrativeUnit_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "AdministrativeUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AuctionOrganisationSelectionNotice_AssetOwner_AssetOwnerId",
                        column: x => x.AssetOwnerId,
                        principalTable: "AssetOwner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AuctionOrganisationSelectionNotice_AuctionOrganisation_SelectedAuctionOrganisationId",
                        column: x => x.SelectedAuctionOrganisationId,
                        principalTable: "AuctionOrganisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CodificationChapter",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TopicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodificationChapter", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CodificationChapter_CodificationTopic_TopicId",
                        column: x => x.TopicId,
                        principalTable: "CodificationTopic",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Meeting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HostEndpointId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Start = table.Column<DateTime>(type: "TEXT", nullable: false),
                    End = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Chair = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Agenda = table.Column<string>(type: "text", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meeting", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meeting_ConferenceEndpoint_HostEndpointId",
                        column: x => x.HostEndpointId,
                        principalTable: "ConferenceEndpoint",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CollectedPayment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    EnforcementCaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CollectedPayment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CollectedPayment_EnforcementCase_EnforcementCaseId",
                        column: x => x.EnforcementCaseId,
                        principalTable: "EnforcementCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EnforcementObligation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: true),
                    FulfilledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EnforcementCaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementObligation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementObligation_EnforcementCase_EnforcementCaseId",
                        column: x => x.EnforcementCaseId,
                        principalTable: "EnforcementCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EnforcementParty",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameFolded = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PersonalIdNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    EnforcementCaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementParty", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementParty_EnforcementCase_EnforcementCaseId",
                        column: x => x.EnforcementCaseId,
                        principalTable: "EnforcementCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Conviction",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourtName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    JudgmentNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    JudgmentDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Offence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Sentence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    EnforcementStatus = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ExpungedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    JudicialRecordId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conviction", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Conviction_JudicialRecord_JudicialRecordId",
                        column: x => x.JudicialRecordId,
                        principalTable: "JudicialRecord",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ManagementPostBan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourtName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    BannedFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BannedUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    JudicialRecordId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ManagementPostBan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ManagementPostBan_JudicialRecord_JudicialRecordId",
                        column: x => x.JudicialRecordId,
                        principalTable: "JudicialRecord",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IssuedJudicialRecordCertificate",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CertificateType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JudicialRecordId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HolderFullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HolderDateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HolderPersonalIdNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Copies = table.Column<int>(type: "INTEGER", nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignerTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedJudicialRecordCertificate", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IssuedJudicialRecordCertificate_JudicialRecordCertificateApplication_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "JudicialRecordCertificateApplication",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IssuedJudicialRecordCertificate_JudicialRecord_JudicialRecordId",
                        column: x => x.JudicialRecordId,
                        principalTable: "JudicialRecord",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LegalDocumentAttachment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LegalDocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalDocumentAttachment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalDocumentAttachment_LegalDocument_LegalDocumentId",
                        column: x => x.LegalDocumentId,
                        principalTable: "LegalDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LegalDocumentRelation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LegalDocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    TargetDocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalDocumentRelation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalDocumentRelation_LegalDocument_LegalDocumentId",
                        column: x => x.LegalDocumentId,
                        principalTable: "LegalDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LegalDocumentRelation_LegalDocument_TargetDocumentId",
                        column: x => x.TargetDocumentId,
                        principalTable: "LegalDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LegalProvision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LegalDocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Text = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalProvision", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalProvision_LegalDocument_LegalDocumentId",
                        column: x => x.LegalDocumentId,
                        principalTable: "LegalDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LegalProvision_LegalProvision_ParentId",
                        column: x => x.ParentId,
                        principalTable: "LegalProvision",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "CivilStatusRegistration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookYear = table.Column<int>(type: "INTEGER", nullable: false),
                    BookNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    EntryNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    RegistrationDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignerTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubjectPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectFullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EventDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EventPlace = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    MaritalStatusPurpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MaritalStatusStatement = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RevokedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RevocationReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CivilStatusRegistration", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CivilStatusRegistration_Organisation_AuthorityId",
                        column: x => x.AuthorityId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CivilStatusRegistration_Person_SubjectPersonId",
                        column: x => x.SubjectPersonId,
                        principalTable: "Person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CivilStatusRegistration_RegisterBook_BookId",
                        column: x => x.BookId,
                        principalTable: "RegisterBook",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StatisticalReport",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportingUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReturnRemarks = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticalReport", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatisticalReport_ReportingPeriod_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "ReportingPeriod",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StatisticalReport_ReportingUnit_RecipientUnitId",
                        column: x => x.RecipientUnitId,
                        principalTable: "ReportingUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StatisticalReport_ReportingUnit_ReportingUnitId",
                        column: x => x.ReportingUnitId,
                        principalTable: "ReportingUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StatisticalReport_StatisticalForm_FormId",
                        column: x => x.FormId,
                        principalTable: "StatisticalForm",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PublicAuctionNotice",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuctionOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssetOwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SelectionNoticeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProvinceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssetDescription = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    AssetType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    StartingPrice = table.Column<long>(type: "INTEGER", nullable: false),
                    Deposit = table.Column<long>(type: "INTEGER", nullable: false),
                    ViewingFrom = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ViewingTo = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ViewingPlace = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RegistrationDeadline = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AuctionAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AuctionPlace = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Form = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PostponementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResultOutcome = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ResultWinningPrice = table.Column<long>(type: "INTEGER", nullable: true),
                    ResultNotSoldReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResultRecordedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicAuctionNotice", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicAuctionNotice_AdministrativeUnit_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "AdministrativeUnit",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PublicAuctionNotice_AssetOwner_AssetOwnerId",
                        column: x => x.AssetOwnerId,
                        principalTable: "AssetOwner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PublicAuctionNotice_AuctionOrganisationSelectionNotice_SelectionNoticeId",
                        column: x => x.SelectionNoticeId,
                        principalTable: "AuctionOrganisationSelectionNotice",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PublicAuctionNotice_AuctionOrganisation_AuctionOrganisationId",
                        column: x => x.AuctionOrganisationId,
                        principalTable: "AuctionOrganisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CodificationSection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TopicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChapterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodificationSection", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CodificationSection_CodificationChapter_ChapterId",
                        column: x => x.ChapterId,
                        principalTable: "CodificationChapter",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CodificationSection_CodificationTopic_TopicId",
                        column: x => x.TopicId,
                        principalTable: "CodificationTopic",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingAttachment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAttachment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingAttachment_Meeting_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meeting",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingParticipation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EndpointId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Start = table.Column<DateTime>(type: "TEXT", nullable: false),
                    End = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsHost = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsReleased = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingParticipation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingParticipation_ConferenceEndpoint_EndpointId",
                        column: x => x.EndpointId,
                        principalTable: "ConferenceEndpoint",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingParticipation_Meeting_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meeting",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CertificateBanEntry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourtName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    BannedFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BannedUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CertificateId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificateBanEntry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CertificateBanEntry_IssuedJudicialRecordCertificate_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "IssuedJudicialRecordCertificate",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CertificateConvictionEntry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConvictionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourtName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    JudgmentNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    JudgmentDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Offence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Sentence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    EnforcementStatus = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ExpungedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CertificateId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificateConvictionEntry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CertificateConvictionEntry_IssuedJudicialRecordCertificate_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "IssuedJudicialRecordCertificate",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CivilStatusAmendment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    OldValue = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NewValue = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AmendedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BasisRegistrationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CivilStatusAmendment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CivilStatusAmendment_CivilStatusRegistration_BasisRegistrationId",
                        column: x => x.BasisRegistrationId,
                        principalTable: "CivilStatusRegistration",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CivilStatusAmendment_CivilStatusRegistration_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "CivilStatusRegistration",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CivilStatusExtract",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Copies = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CivilStatusExtract", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CivilStatusExtract_CivilStatusRegistration_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "CivilStatusRegistration",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CivilStatusParticipant",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CivilStatusParticipant", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CivilStatusParticipant_CivilStatusRegistration_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "CivilStatusRegistration",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CivilStatusParticipant_Person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InterconnectionMessage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    MessageType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Payload = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ExternalReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterconnectionMessage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InterconnectionMessage_CivilStatusRegistration_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "CivilStatusRegistration",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportValue",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RowCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ColumnCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false),
                    StatisticalReportId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportValue", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportValue_StatisticalReport_StatisticalReportId",
                        column: x => x.StatisticalReportId,
                        principalTable: "StatisticalReport",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CodificationArticle",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TopicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChapterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SectionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GuidedArticleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Symbol = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Text = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    SourceNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SourceDocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceProvisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodificationArticle", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CodificationArticle_CodificationArticle_GuidedArticleId",
                        column: x => x.GuidedArticleId,
                        principalTable: "CodificationArticle",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CodificationArticle_CodificationChapter_ChapterId",
                        column: x => x.ChapterId,
                        principalTable: "CodificationChapter",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CodificationArticle_CodificationSection_SectionId",
                        column: x => x.SectionId,
                        principalTable: "CodificationSection",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CodificationArticle_CodificationTopic_TopicId",
                        column: x => x.TopicId,
                        principalTable: "CodificationTopic",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CodificationArticle_LegalDocument_SourceDocumentId",
                        column: x => x.SourceDocumentId,
                        principalTable: "LegalDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CodificationArticle_LegalProvision_SourceProvisionId",
                        column: x => x.SourceProvisionId,
                        principalTable: "LegalProvision",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativeUnit_Code_ValidFrom",
                table: "AdministrativeUnit",
                columns: new[] { "Code", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativeUnit_ParentId",
                table: "AdministrativeUnit",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativeUnit_SuccessorId",
                table: "AdministrativeUnit",
                column: "SuccessorId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_JurisdictionUnitId",
                table: "AspNetUsers",
                column: "JurisdictionUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_OrganisationId",
                table: "AspNetUsers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_PersonalIdNumber",
                table: "AspNetUsers",
                column: "PersonalIdNumber");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssetOwner_Kind_ProvinceId",
                table: "AssetOwner",
                columns: new[] { "Kind", "ProvinceId" });

            migrationBuilder.CreateIndex(
                name: "IX_AssetOwner_OrganisationId",
                table: "AssetOwner",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AssetOwner_ProvinceId",
                table: "AssetOwner",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_Auctioneer_AuctionOrganisationId",
                table: "Auctioneer",
                column: "AuctionOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Auctioneer_PracticeCertificateNumber",
                table: "Auctioneer",
                column: "PracticeCertificateNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuctionNoticeSubscription_Email",
                table: "AuctionNoticeSubscription",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_AuctionNoticeSubscription_ProvinceId_AssetType",
                table: "AuctionNoticeSubscription",
                columns: new[] { "ProvinceId", "AssetType" });

            migrationBuilder.CreateIndex(
                name: "IX_AuctionNoticeSubscription_UnsubscribeToken",
                table: "AuctionNoticeSubscription",
                column: "UnsubscribeToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuctionOrganisation_OrganisationId",
                table: "AuctionOrganisation",
                column: "OrganisationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuctionOrganisation_ProvinceId_Kind_Name",
                table: "AuctionOrganisation",
                columns: new[] { "ProvinceId", "Kind", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_AuctionOrganisation_ProvinceId_RegistrationNumber",
                table: "AuctionOrganisation",
                columns: new[] { "ProvinceId", "RegistrationNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuctionOrganisationSelectionNotice_AssetOwnerId",
                table: "AuctionOrganisationSelectionNotice",
                column: "AssetOwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_AuctionOrganisationSelectionNotice_ProvinceId_PublishedAt",
                table: "AuctionOrganisationSelectionNotice",
                columns: new[] { "ProvinceId", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuctionOrganisationSelectionNotice_SelectedAuctionOrganisationId",
                table: "AuctionOrganisationSelectionNotice",
                column: "SelectedAuctionOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AuctionOrganisationSelectionNotice_SubmissionDeadline",
                table: "AuctionOrganisationSelectionNotice",
                column: "SubmissionDeadline");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogEntry_Actor_OccurredAt",
                table: "AuditLogEntry",
                columns: new[] { "Actor", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogEntry_EntityType_EntityId",
                table: "AuditLogEntry",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_CertificateBanEntry_CertificateId",
                table: "CertificateBanEntry",
                column: "CertificateId");

            migrationBuilder.CreateIndex(
                name: "IX_CertificateConvictionEntry_CertificateId",
                table: "CertificateConvictionEntry",
                column: "CertificateId");

            migrationBuilder.CreateIndex(
                name: "IX_CivilStatusAmendment_BasisRegistrationId",
                table: "CivilStatusAmendment",
                column: "BasisRegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_CivilStatusAmendment_RegistrationId_Sequence",
                table: "CivilStatusAmendment",
                columns: new[] { "RegistrationId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CivilStatusExtract_RegistrationId_Number",
                table: "CivilStatusExtract",
                columns: new[] { "RegistrationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CivilStatusParticipant_PersonId",
                table: "CivilStatusParticipant",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CivilStatusParticipant_RegistrationId",
                table: "CivilStatusParticipant",
                column: "RegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_CivilStatusRegistration_AuthorityId",
                table: "CivilStatusRegistration",
                column: "AuthorityId");

            migrationBuilder.CreateIndex(
                name: "IX_CivilStatusRegistration_BookId_EntryNumber",
                table: "CivilStatusRegistration",
                columns: new[] { "BookId", "EntryNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CivilStatusRegistration_SubjectPersonId",
                table: "CivilStatusRegistration",
                column: "SubjectPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CodificationArticle_ChapterId",
                table: "CodificationArticle",
                column: "ChapterId");

            migrationBuilder.CreateIndex(
                name: "IX_CodificationArticle_GuidedArticleId",
                table: "CodificationArticle",
                column: "GuidedArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_CodificationArticle_SectionId",
                table: "CodificationArticle",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_CodificationArticle_SourceDocumentId",
                table: "CodificationArticle",
                column: "SourceDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_CodificationArticle_SourceProvisionId",
                table: "CodificationArticle",
                column: "SourceProvisionId");

            migrationBuilder.CreateIndex(
                name: "IX_CodificationArticle_TopicId_Position",
                table: "CodificationArticle",
                columns: new[] { "TopicId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_CodificationArticle_TopicId_Symbol",
                table: "CodificationArticle",
                columns: new[] { "TopicId", "Symbol" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CodificationChapter_TopicId_Position",
                table: "CodificationChapter",
                columns: new[] { "TopicId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CodificationSection_ChapterId_Position",
                table: "CodificationSection",
                columns: new[] { "ChapterId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CodificationSection_TopicId",
                table: "CodificationSection",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_CodificationSubject_Number",
                table: "CodificationSubject",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CodificationTopic_AssignedMinistryId_Status",
                table: "CodificationTopic",
                columns: new[] { "AssignedMinistryId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CodificationTopic_Status",
                table: "CodificationTopic",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_CodificationTopic_SubjectId_Number",
                table: "CodificationTopic",
                columns: new[] { "SubjectId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_CollectedPayment_EnforcementCaseId",
                table: "CollectedPayment",
                column: "EnforcementCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceChange_Day_Sequence",
                table: "ConferenceChange",
                columns: new[] { "Day", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceEndpoint_Code",
                table: "ConferenceEndpoint",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceEndpoint_OrganisationId",
                table: "ConferenceEndpoint",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceEndpoint_ProvinceId",
                table: "ConferenceEndpoint",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationComment_ConsultationId_SubmittedAt",
                table: "ConsultationComment",
                columns: new[] { "ConsultationId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ContestAnswer_ContestAttemptId_QuestionId",
                table: "ContestAnswer",
                columns: new[] { "ContestAttemptId", "QuestionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestAnswer_QuestionId",
                table: "ContestAnswer",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestAttempt_ContestId_Email",
                table: "ContestAttempt",
                columns: new[] { "ContestId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_ContestAttempt_ContestId_ProvinceId",
                table: "ContestAttempt",
                columns: new[] { "ContestId", "ProvinceId" });

            migrationBuilder.CreateIndex(
                name: "IX_ContestAttempt_ContestId_Score",
                table: "ContestAttempt",
                columns: new[] { "ContestId", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_ContestAttempt_ProvinceId",
                table: "ContestAttempt",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestQuestion_OnlineContestId_Position",
                table: "ContestQuestion",
                columns: new[] { "OnlineContestId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conviction_JudgmentNumber",
                table: "Conviction",
                column: "JudgmentNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Conviction_JudicialRecordId",
                table: "Conviction",
                column: "JudicialRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_DraftConsultation_OpensOn_ClosesOn",
                table: "DraftConsultation",
                columns: new[] { "OpensOn", "ClosesOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCase_EnforcementOfficeId_FileNumber",
                table: "EnforcementCase",
                columns: new[] { "EnforcementOfficeId", "FileNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCase_EnforcementOfficeId_Status",
                table: "EnforcementCase",
                columns: new[] { "EnforcementOfficeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCase_IsListedWithoutConditions_ProvinceId",
                table: "EnforcementCase",
                columns: new[] { "IsListedWithoutConditions", "ProvinceId" });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCase_JudgmentCourtId",
                table: "EnforcementCase",
                column: "JudgmentCourtId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCase_JudgmentNumber",
                table: "EnforcementCase",
                column: "JudgmentNumber");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCase_OfficerBadgeNumber",
                table: "EnforcementCase",
                column: "OfficerBadgeNumber");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCase_ProvinceId",
                table: "EnforcementCase",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementObligation_EnforcementCaseId",
                table: "EnforcementObligation",
                column: "EnforcementCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementParty_EnforcementCaseId",
                table: "EnforcementParty",
                column: "EnforcementCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementParty_PersonalIdNumber",
                table: "EnforcementParty",
                column: "PersonalIdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementParty_Role_NameFolded",
                table: "EnforcementParty",
                columns: new[] { "Role", "NameFolded" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicator_StatisticalFormId_Axis_Code",
                table: "Indicator",
                columns: new[] { "StatisticalFormId", "Axis", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InterconnectionMessage_RegistrationId",
                table: "InterconnectionMessage",
                column: "RegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_InterconnectionMessage_Target_Status_CreatedAt",
                table: "InterconnectionMessage",
                columns: new[] { "Target", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedJudicialRecordCertificate_ApplicationId",
                table: "IssuedJudicialRecordCertificate",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedJudicialRecordCertificate_HolderPersonalIdNumber",
                table: "IssuedJudicialRecordCertificate",
                column: "HolderPersonalIdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedJudicialRecordCertificate_JudicialRecordId",
                table: "IssuedJudicialRecordCertificate",
                column: "JudicialRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedJudicialRecordCertificate_Number",
                table: "IssuedJudicialRecordCertificate",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JudicialRecord_FullName_DateOfBirth",
                table: "JudicialRecord",
                columns: new[] { "FullName", "DateOfBirth" });

            migrationBuilder.CreateIndex(
                name: "IX_JudicialRecord_KeeperOrganisationId",
                table: "JudicialRecord",
                column: "KeeperOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_JudicialRecord_PersonalIdNumber",
                table: "JudicialRecord",
                column: "PersonalIdNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JudicialRecord_PersonId",
                table: "JudicialRecord",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_JudicialRecordCertificateApplication_ApplicantPersonalIdNumber",
                table: "JudicialRecordCertificateApplication",
                column: "ApplicantPersonalIdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_JudicialRecordCertificateApplication_ProcessingOrganisationId_Status_Deadline",
                table: "JudicialRecordCertificateApplication",
                columns: new[] { "ProcessingOrganisationId", "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_JudicialRecordCertificateApplication_TrackingCode",
                table: "JudicialRecordCertificateApplication",
                column: "TrackingCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocument_IssuingBodyId",
                table: "LegalDocument",
                column: "IssuingBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocument_Number_Central",
                table: "LegalDocument",
                column: "Number",
                unique: true,
                filter: "\"ProvinceId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocument_Number_ProvinceId",
                table: "LegalDocument",
                columns: new[] { "Number", "ProvinceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocument_ProvinceId",
                table: "LegalDocument",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocument_Status_EffectiveDate",
                table: "LegalDocument",
                columns: new[] { "Status", "EffectiveDate" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocument_Type_IssueDate",
                table: "LegalDocument",
                columns: new[] { "Type", "IssueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocumentAttachment_LegalDocumentId",
                table: "LegalDocumentAttachment",
                column: "LegalDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocumentRelation_LegalDocumentId_Type_TargetDocumentId",
                table: "LegalDocumentRelation",
                columns: new[] { "LegalDocumentId", "Type", "TargetDocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocumentRelation_TargetDocumentId_Type",
                table: "LegalDocumentRelation",
                columns: new[] { "TargetDocumentId", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalProvision_LegalDocumentId_Kind_Number",
                table: "LegalProvision",
                columns: new[] { "LegalDocumentId", "Kind", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalProvision_LegalDocumentId_Position",
                table: "LegalProvision",
                columns: new[] { "LegalDocumentId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LegalProvision_ParentId",
                table: "LegalProvision",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalQuestion_AskerEmail",
                table: "LegalQuestion",
                column: "AskerEmail");

            migrationBuilder.CreateIndex(
                name: "IX_LegalQuestion_Status_Field_PublishedAt",
                table: "LegalQuestion",
                columns: new[] { "Status", "Field", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalQuestion_TrackingCode",
                table: "LegalQuestion",
                column: "TrackingCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ManagementPostBan_JudicialRecordId",
                table: "ManagementPostBan",
                column: "JudicialRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_Meeting_HostEndpointId_Start",
                table: "Meeting",
                columns: new[] { "HostEndpointId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_Meeting_Start_End",
                table: "Meeting",
                columns: new[] { "Start", "End" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttachment_MeetingId",
                table: "MeetingAttachment",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipation_EndpointId_Start_End",
                table: "MeetingParticipation",
                columns: new[] { "EndpointId", "Start", "End" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipation_MeetingId_EndpointId",
                table: "MeetingParticipation",
                columns: new[] { "MeetingId", "EndpointId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NewsArticle_Category_PublishedAt",
                table: "NewsArticle",
                columns: new[] { "Category", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_NewsArticle_PublishedAt",
                table: "NewsArticle",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_NewsArticle_Slug",
                table: "NewsArticle",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnlineContest_OpensAt_ClosesAt",
                table: "OnlineContest",
                columns: new[] { "OpensAt", "ClosesAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictApplications_ClientId",
                table: "OpenIddictApplications",
                column: "ClientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictAuthorizations_ApplicationId_Status_Subject_Type",
                table: "OpenIddictAuthorizations",
                columns: new[] { "ApplicationId", "Status", "Subject", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictScopes_Name",
                table: "OpenIddictScopes",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictTokens_ApplicationId_Status_Subject_Type",
                table: "OpenIddictTokens",
                columns: new[] { "ApplicationId", "Status", "Subject", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictTokens_AuthorizationId",
                table: "OpenIddictTokens",
                column: "AuthorizationId");

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictTokens_ReferenceId",
                table: "OpenIddictTokens",
                column: "ReferenceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisation_AdministrativeUnitId",
                table: "Organisation",
                column: "AdministrativeUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisation_Code",
                table: "Organisation",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_Organisation_Kind",
                table: "Organisation",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Organisation_ParentId",
                table: "Organisation",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessage_Status_AvailableAt",
                table: "OutboxMessage",
                columns: new[] { "Status", "AvailableAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessage_Topic",
                table: "OutboxMessage",
                column: "Topic");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingEmail_LastAttemptAt",
                table: "OutgoingEmail",
                column: "LastAttemptAt");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingEmail_MessageId",
                table: "OutgoingEmail",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingEmail_Status_NextAttemptAt",
                table: "OutgoingEmail",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingEmail_TemplateKey_CreatedAt",
                table: "OutgoingEmail",
                columns: new[] { "TemplateKey", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Person_DateOfBirth",
                table: "Person",
                column: "DateOfBirth");

            migrationBuilder.CreateIndex(
                name: "IX_Person_PersonalIdNumber",
                table: "Person",
                column: "PersonalIdNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicAuctionNotice_AssetOwnerId",
                table: "PublicAuctionNotice",
                column: "AssetOwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicAuctionNotice_AssetType_AuctionAt",
                table: "PublicAuctionNotice",
                columns: new[] { "AssetType", "AuctionAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicAuctionNotice_AuctionOrganisationId",
                table: "PublicAuctionNotice",
                column: "AuctionOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicAuctionNotice_ProvinceId_Status_AuctionAt",
                table: "PublicAuctionNotice",
                columns: new[] { "ProvinceId", "Status", "AuctionAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicAuctionNotice_SelectionNoticeId",
                table: "PublicAuctionNotice",
                column: "SelectionNoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicAuctionNotice_Status_AuctionAt",
                table: "PublicAuctionNotice",
                columns: new[] { "Status", "AuctionAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterBook_AuthorityId_Year_BookNumber_EventType",
                table: "RegisterBook",
                columns: new[] { "AuthorityId", "Year", "BookNumber", "EventType" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportingPeriod_Year_Kind",
                table: "ReportingPeriod",
                columns: new[] { "Year", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportingUnit_OrganisationId",
                table: "ReportingUnit",
                column: "OrganisationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportingUnit_ReportsToId_Level",
                table: "ReportingUnit",
                columns: new[] { "ReportsToId", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportValue_StatisticalReportId_RowCode_ColumnCode",
                table: "ReportValue",
                columns: new[] { "StatisticalReportId", "RowCode", "ColumnCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StatisticalForm_Code",
                table: "StatisticalForm",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StatisticalReport_FormId",
                table: "StatisticalReport",
                column: "FormId");

            migrationBuilder.CreateIndex(
                name: "IX_StatisticalReport_PeriodId_FormId_Status",
                table: "StatisticalReport",
                columns: new[] { "PeriodId", "FormId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_StatisticalReport_RecipientUnitId_Status",
                table: "StatisticalReport",
                columns: new[] { "RecipientUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_StatisticalReport_ReportingUnitId_FormId_PeriodId",
                table: "StatisticalReport",
                columns: new[] { "ReportingUnitId", "FormId", "PeriodId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "Auctioneer");

            migrationBuilder.DropTable(
                name: "AuctionNoticeSubscription");

            migrationBuilder.DropTable(
                name: "AuditLogEntry");

            migrationBuilder.DropTable(
                name: "CertificateBanEntry");

            migrationBuilder.DropTable(
                name: "CertificateConvictionEntry");

            migrationBuilder.DropTable(
                name: "CivilStatusAmendment");

            migrationBuilder.DropTable(
                name: "CivilStatusExtract");

            migrationBuilder.DropTable(
                name: "CivilStatusParticipant");

            migrationBuilder.DropTable(
                name: "CodificationArticle");

            migrationBuilder.DropTable(
                name: "CollectedPayment");

            migrationBuilder.DropTable(
                name: "ConferenceChange");

            migrationBuilder.DropTable(
                name: "ConsultationComment");

            migrationBuilder.DropTable(
                name: "ContestAnswer");

            migrationBuilder.DropTable(
                name: "Conviction");

            migrationBuilder.DropTable(
                name: "EnforcementObligation");

            migrationBuilder.DropTable(
                name: "EnforcementParty");

            migrationBuilder.DropTable(
                name: "Indicator");

            migrationBuilder.DropTable(
                name: "InterconnectionMessage");

            migrationBuilder.DropTable(
                name: "LegalDocumentAttachment");

            migrationBuilder.DropTable(
                name: "LegalDocumentRelation");

            migrationBuilder.DropTable(
                name: "LegalQuestion");

            migrationBuilder.DropTable(
                name: "ManagementPostBan");

            migrationBuilder.DropTable(
                name: "MeetingAttachment");

            migrationBuilder.DropTable(
                name: "MeetingParticipation");

            migrationBuilder.DropTable(
                name: "NewsArticle");

            migrationBuilder.DropTable(
                name: "OpenIddictScopes");

            migrationBuilder.DropTable(
                name: "OpenIddictTokens");

            migrationBuilder.DropTable(
                name: "OutboxMessage");

            migrationBuilder.DropTable(
                name: "OutgoingEmail");

            migrationBuilder.DropTable(
                name: "PublicAuctionNotice");

            migrationBuilder.DropTable(
                name: "ReportValue");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "IssuedJudicialRecordCertificate");

            migrationBuilder.DropTable(
                name: "CodificationSection");

            migrationBuilder.DropTable(
                name: "LegalProvision");

            migrationBuilder.DropTable(
                name: "DraftConsultation");

            migrationBuilder.DropTable(
                name: "ContestAttempt");

            migrationBuilder.DropTable(
                name: "ContestQuestion");

            migrationBuilder.DropTable(
                name: "EnforcementCase");

            migrationBuilder.DropTable(
                name: "CivilStatusRegistration");

            migrationBuilder.DropTable(
                name: "Meeting");

            migrationBuilder.DropTable(
                name: "OpenIddictAuthorizations");

            migrationBuilder.DropTable(
                name: "AuctionOrganisationSelectionNotice");

            migrationBuilder.DropTable(
                name: "StatisticalReport");

            migrationBuilder.DropTable(
                name: "JudicialRecordCertificateApplication");

            migrationBuilder.DropTable(
                name: "JudicialRecord");

            migrationBuilder.DropTable(
                name: "CodificationChapter");

            migrationBuilder.DropTable(
                name: "LegalDocument");

            migrationBuilder.DropTable(
                name: "OnlineContest");

            migrationBuilder.DropTable(
                name: "RegisterBook");

            migrationBuilder.DropTable(
                name: "ConferenceEndpoint");

            migrationBuilder.DropTable(
                name: "OpenIddictApplications");

            migrationBuilder.DropTable(
                name: "AssetOwner");

            migrationBuilder.DropTable(
                name: "AuctionOrganisation");

            migrationBuilder.DropTable(
                name: "ReportingPeriod");

            migrationBuilder.DropTable(
                name: "ReportingUnit");

            migrationBuilder.DropTable(
                name: "StatisticalForm");

            migrationBuilder.DropTable(
                name: "Person");

            migrationBuilder.DropTable(
                name: "CodificationTopic");

            migrationBuilder.DropTable(
                name: "CodificationSubject");

            migrationBuilder.DropTable(
                name: "Organisation");

            migrationBuilder.DropTable(
                name: "AdministrativeUnit");
        }
    }
}
