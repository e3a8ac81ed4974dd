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
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLogEntry", x => x.Id);
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
                name: "IX_CivilStatusRegistration_AuthorityId_BookYear_BookNumber_EntryNumber",
                table: "CivilStatusRegistration",
                columns: new[] { "AuthorityId", "BookYear", "BookNumber", "EntryNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_CivilStatusRegistration_AuthorityId_EventType_RegistrationDate",
                table: "CivilStatusRegistration",
                columns: new[] { "AuthorityId", "EventType", "RegistrationDate" });

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
                name: "IX_Conviction_JudgmentNumber",
                table: "Conviction",
                column: "JudgmentNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Conviction_JudicialRecordId",
                table: "Conviction",
                column: "JudicialRecordId");

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
                name: "IX_ManagementPostBan_JudicialRecordId",
                table: "ManagementPostBan",
                column: "JudicialRecordId");

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
                name: "IX_Person_FullName_DateOfBirth",
                table: "Person",
                columns: new[] { "FullName", "DateOfBirth" });

            migrationBuilder.CreateIndex(
                name: "IX_Person_PersonalIdNumber",
                table: "Person",
                column: "PersonalIdNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisterBook_AuthorityId_EventType_Year_BookNumber",
                table: "RegisterBook",
                columns: new[] { "AuthorityId", "EventType", "Year", "BookNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "Conviction");

            migrationBuilder.DropTable(
                name: "InterconnectionMessage");

            migrationBuilder.DropTable(
                name: "ManagementPostBan");

            migrationBuilder.DropTable(
                name: "OutboxMessage");

            migrationBuilder.DropTable(
                name: "IssuedJudicialRecordCertificate");

            migrationBuilder.DropTable(
                name: "CivilStatusRegistration");

            migrationBuilder.DropTable(
                name: "JudicialRecordCertificateApplication");

            migrationBuilder.DropTable(
                name: "JudicialRecord");

            migrationBuilder.DropTable(
                name: "RegisterBook");

            migrationBuilder.DropTable(
                name: "Person");

            migrationBuilder.DropTable(
                name: "Organisation");

            migrationBuilder.DropTable(
                name: "AdministrativeUnit");
        }
    }
}
